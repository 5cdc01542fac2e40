// The header's account corner: who is signed in (name and role) with a sign-out button, or a sign-in
// button that opens the form.
import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { signOut } from './session-store';
import { SignInForm } from './sign-in-form';
import { useSession } from './use-session';

/** The signed-in user and sign-out, or sign-in, for the top bar. */
export function AccountMenu() {
  const { t } = useI18n();
  const session = useSession();
  const [open, setOpen] = useState(false);
  if (session.status === 'unknown') return null;
  if (session.status === 'signed-in') {
    const { user } = session.me;
    return (
      <div className="access-account" data-testid="account">
        <span className="access-user">
          {user.displayName} <span className="access-role">({user.role})</span>
        </span>
        <button type="button" className="button" onClick={() => void signOut()}>
          {t('access.signOut')}
        </button>
      </div>
    );
  }
  return (
    <div className="access-account">
      <button type="button" className="button" onClick={() => setOpen(!open)}>
        {t('access.signIn')}
      </button>
      {open && (
        <div className="access-dialog" role="dialog" aria-label={t('access.signIn')}>
          <SignInForm onSignedIn={() => setOpen(false)} />
        </div>
      )}
    </div>
  );
}
