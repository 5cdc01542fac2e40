// The header's account corner: who is signed in (name and role) with change-password and sign-out
// buttons, or a sign-in button that opens the form. After a one-time password the change-password
// form opens by itself, and stays until the password is changed (the server refuses the rest).
import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { ChangePasswordForm } from './change-password-form';
import { signOut } from './session-store';
import { SignInForm } from './sign-in-form';
import { useSession } from './use-session';

/** The signed-in user, change password and sign-out, or sign-in, for the top bar. */
export function AccountMenu() {
  const { t } = useI18n();
  const session = useSession();
  const [open, setOpen] = useState(false);
  const [changed, setChanged] = useState(false);
  if (session.status === 'unknown') return null;
  if (session.status === 'signed-in') {
    const { user } = session.me;
    const mustChange = user.passwordChangeRequired === true;
    const onChanged = () => {
      setOpen(false);
      setChanged(true);
      // Views refused while the one-time password stood load again.
      if (mustChange) window.location.reload();
    };
    return (
      <div className="access-account" data-testid="account">
        <span className="access-user">
          {user.displayName} <span className="access-role">({user.role})</span>
        </span>
        {!mustChange && (
          // A disclosure, not a button: the form is in the page only while it is open.
          <details
            className="access-change"
            open={open}
            onToggle={(e) => {
              setOpen(e.currentTarget.open);
              if (e.currentTarget.open) setChanged(false);
            }}
          >
            <summary className="button">{t('access.changePassword')}</summary>
            {open && (
              <div className="access-dialog" role="dialog" aria-label={t('access.changePassword')}>
                <ChangePasswordForm onChanged={onChanged} onCancel={() => setOpen(false)} />
              </div>
            )}
          </details>
        )}
        <button type="button" className="button" onClick={() => void signOut()}>
          {t('access.signOut')}
        </button>
        {mustChange && (
          <div className="access-dialog" role="dialog" aria-label={t('access.changePassword')}>
            <p role="alert" data-testid="must-change-password">
              {t('access.mustChange')}
            </p>
            <ChangePasswordForm onChanged={onChanged} />
          </div>
        )}
        {changed && !open && (
          <span role="status" data-testid="password-changed">
            {t('access.changed')}
          </span>
        )}
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
