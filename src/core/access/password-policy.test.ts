import { describe, expect, it } from 'vitest';
import {
  allowedBeforePasswordChange,
  MIN_PASSWORD_LENGTH,
  passwordProblem,
} from './password-policy';

describe('the password policy', () => {
  it('names the field of a short, long, blank or unchanged password', () => {
    expect(passwordProblem('short', 'newPassword')).toEqual({
      field: 'newPassword',
      message: `newPassword must be at least ${MIN_PASSWORD_LENGTH} characters`,
    });
    expect(passwordProblem('x'.repeat(201), 'password')?.message).toMatch(/at most 200/);
    expect(passwordProblem(' '.repeat(12), 'newPassword')?.message).toMatch(/only spaces/);
    expect(passwordProblem('same-old-pass', 'newPassword', 'same-old-pass')?.message).toMatch(
      /must differ from the current password/,
    );
    expect(passwordProblem('a-new-password', 'newPassword', 'the-old-one')).toBeNull();
    expect(passwordProblem('12345678', 'password')).toBeNull();
  });

  it('lets a user with a one-time password change it, see who they are, sign out and read public routes', () => {
    expect(allowedBeforePasswordChange('account:self', 'POST', '/api/auth/password')).toBe(true);
    expect(allowedBeforePasswordChange('account:self', 'GET', '/api/auth/me')).toBe(true);
    expect(allowedBeforePasswordChange('account:self', 'HEAD', '/api/auth/me')).toBe(true);
    expect(allowedBeforePasswordChange('public', 'GET', '/api/report')).toBe(true);
    expect(allowedBeforePasswordChange('account:self', 'POST', '/api/auth/tokens')).toBe(false);
    expect(allowedBeforePasswordChange('users:admin', 'POST', '/api/users')).toBe(false);
  });
});
