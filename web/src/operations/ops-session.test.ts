import { describe, expect, it } from 'vitest';
import type { SessionState } from '../access/session-store';
import { approverLabel, hasPermission } from './ops-session';

const signedIn = (permissions: string[]): SessionState => ({
  status: 'signed-in',
  me: {
    user: {
      id: 'u1',
      login: 'li.wei',
      displayName: 'Li Wei',
      role: 'coordinator',
      recipientId: null,
    },
    via: 'cookie',
    csrfToken: 'x',
    permissions,
  },
});

describe('operations session', () => {
  it('allows what the signed-in user holds and nothing to anyone else', () => {
    expect(hasPermission(signedIn(['requests:write']), 'requests:write')).toBe(true);
    expect(hasPermission(signedIn(['requests:read']), 'requests:write')).toBe(false);
    expect(hasPermission({ status: 'anonymous' }, 'requests:read')).toBe(false);
    expect(hasPermission({ status: 'unknown' }, 'requests:read')).toBe(false);
  });

  it('names an approver as the server records them', () => {
    expect(approverLabel({ login: 'li.wei', displayName: 'Li Wei' })).toBe('Li Wei (li.wei)');
    expect(approverLabel({ login: 'admin', displayName: 'admin' })).toBe('admin');
    expect(approverLabel({ login: 'admin', displayName: ' ' })).toBe('admin');
  });
});
