// What a view that needs a login shows on 401: a notice saying so, with the sign-in form in place.
import { useI18n } from '../i18n/i18n';
import { SignInForm } from './sign-in-form';

/** "Sign in to see this" with the form; `onSignedIn` reloads what was refused. */
export function SignInNotice(props: { onSignedIn?: (() => void) | undefined }) {
  const { t } = useI18n();
  return (
    <div className="access-notice" role="alert" data-testid="sign-in-notice">
      <strong>{t('access.needed')}</strong>
      <SignInForm {...(props.onSignedIn ? { onSignedIn: props.onSignedIn } : {})} />
    </div>
  );
}
