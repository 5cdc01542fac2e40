import type { ApiError } from '../api/client';
import { SignInNotice } from '../access/sign-in-notice';
import type { MessageKey } from '../i18n/dictionaries';
import { useI18n } from '../i18n/i18n';

/** A quiet placeholder shown while something loads. */
export function Loading(props: { height?: number; label?: string }) {
  const { t } = useI18n();
  return (
    <div
      className="loading"
      style={{ minHeight: props.height ?? 120 }}
      role="status"
      aria-live="polite"
    >
      <span className="loading-dot" aria-hidden="true" />
      {props.label ?? t('state.loading')}
    </div>
  );
}

/** A kind error: what could not be loaded, what the server said, and a retry button. */
export function ErrorNotice(props: { error: ApiError; what: MessageKey; onRetry?: () => void }) {
  const { t } = useI18n();
  // A view that needs a login asks for one instead of showing an error.
  if (props.error.status === 401) return <SignInNotice onSignedIn={props.onRetry} />;
  const detail = props.error.status === 0 ? t('error.unreachable') : props.error.message;
  return (
    <div className="error-notice" role="alert">
      <strong>{t(props.what)}</strong>
      <span className="error-detail">{detail}</span>
      {props.onRetry && (
        <button type="button" className="button" onClick={props.onRetry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}

/** A two-or-more-choice switch (segmented control) with one option pressed. */
export function Segmented<T extends string>(props: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  className?: string;
}) {
  return (
    <div className={`segmented ${props.className ?? ''}`} role="group" aria-label={props.label}>
      {props.options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={option.value === props.value}
          className={option.value === props.value ? 'active' : ''}
          onClick={() => props.onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
