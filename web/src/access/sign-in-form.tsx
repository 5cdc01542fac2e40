// The sign-in form: login and password, the server's refusal shown beside it.
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { signIn } from './session-store';

/** A sign-in form; `onSignedIn` runs after a successful sign-in (e.g. to reload the view). */
export function SignInForm(props: { onSignedIn?: () => void }) {
  const { t } = useI18n();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    signIn(login.trim(), password).then(
      () => {
        setBusy(false);
        setPassword('');
        props.onSignedIn?.();
      },
      (e: unknown) => {
        setBusy(false);
        setError(e instanceof ApiError && e.status !== 0 ? e.message : t('access.unreachable'));
      },
    );
  };
  return (
    <form className="access-form" onSubmit={submit} aria-label={t('access.signIn')}>
      <label>
        {t('access.login')}
        <input
          name="login"
          autoComplete="username"
          value={login}
          onChange={(e) => setLogin(e.target.value)}
          required
        />
      </label>
      <label>
        {t('access.password')}
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </label>
      <button type="submit" className="button" disabled={busy}>
        {t('access.signIn')}
      </button>
      {error && (
        <p className="access-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
