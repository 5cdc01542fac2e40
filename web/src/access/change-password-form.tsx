// The change-password form: current password, the new one twice; the server's refusal (naming the
// field) shown beside it. Opened from the account corner, and by itself after a one-time password.
import { useState, type FormEvent } from 'react';
import { MIN_PASSWORD_LENGTH } from '../../../src/core/access/password-policy';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { changePassword } from './session-store';

/** A change-password form; `onChanged` runs once the server took the new password. */
export function ChangePasswordForm(props: { onChanged: () => void; onCancel?: () => void }) {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (next !== repeat) {
      setError(t('access.mismatch'));
      return;
    }
    setBusy(true);
    setError(null);
    changePassword(current, next).then(
      () => {
        setBusy(false);
        props.onChanged();
      },
      (e: unknown) => {
        setBusy(false);
        setError(e instanceof ApiError && e.status !== 0 ? e.message : t('access.unreachable'));
      },
    );
  };
  const field = (
    name: string,
    label: string,
    value: string,
    set: (v: string) => void,
    autoComplete: string,
  ) => (
    <label>
      {label}
      <input
        name={name}
        type="password"
        autoComplete={autoComplete}
        value={value}
        onChange={(e) => set(e.target.value)}
        required
      />
    </label>
  );
  return (
    <form
      className="access-form"
      onSubmit={submit}
      aria-label={t('access.changePassword')}
      data-testid="change-password"
    >
      {field(
        'currentPassword',
        t('access.currentPassword'),
        current,
        setCurrent,
        'current-password',
      )}
      {field(
        'newPassword',
        t('access.newPassword', { min: MIN_PASSWORD_LENGTH }),
        next,
        setNext,
        'new-password',
      )}
      {field('repeatPassword', t('access.repeatPassword'), repeat, setRepeat, 'new-password')}
      <button type="submit" className="button" disabled={busy}>
        {t('access.changePassword')}
      </button>
      {props.onCancel && (
        <button type="button" className="button" onClick={props.onCancel}>
          {t('access.cancel')}
        </button>
      )}
      {error && (
        <p className="access-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
