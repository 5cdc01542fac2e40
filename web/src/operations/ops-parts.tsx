// Small pieces the operations pages share: a refusal from the server, a status tag, a load bar.
import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import type { MessageKey } from '../i18n/dictionaries';
import { useI18n } from '../i18n/i18n';
import { barWidth } from './ops-board';
import { opsHref, type OpsUrlState } from './ops-url';

/** The server's message (and the field it names) when a write was refused; `lead` says what failed. */
export function SendError(props: { error: unknown; lead?: MessageKey; testId?: string }) {
  const { t } = useI18n();
  const error = props.error instanceof ApiError ? props.error : null;
  const message =
    error?.status === 0 ? t('error.unreachable') : (error?.message ?? String(props.error));
  return (
    <div className="ops-refusal" role="alert" data-testid={props.testId ?? 'ops-refusal'}>
      <strong>{t(props.lead ?? 'ops.error.send')}</strong> <span>{message}</span>
      {error?.field && (
        <span className="ops-field" data-field={error.field}>
          {' '}
          ({t('ops.field', { field: error.field })})
        </span>
      )}
    </div>
  );
}

/** A link to another operations page (a real href, so it opens in a new tab too); a plain click navigates in place. */
export function OpsLink(props: {
  patch: Partial<OpsUrlState>;
  navigate: (patch: Partial<OpsUrlState>) => void;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <a
      href={opsHref(props.patch, window.location.search)}
      data-testid={props.testId}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        props.navigate(props.patch);
      }}
    >
      {props.children}
    </a>
  );
}

/** A status as a small coloured tag (its class names the status). */
export function StatusTag(props: { status: string; label: string }) {
  return (
    <span className={`ops-status ops-status-${props.status}`} data-status={props.status}>
      {props.label}
    </span>
  );
}

/** A horizontal bar of used against a limit, red when over it. */
export function LoadBar(props: {
  label: string;
  share: number | null;
  text: string;
  testId?: string;
}) {
  const over = (props.share ?? 0) > 1;
  return (
    <div className="ops-load" data-testid={props.testId}>
      <span className="ops-load-label">{props.label}</span>
      <span
        className="ops-load-track"
        role="meter"
        aria-label={props.label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round((props.share ?? 0) * 100)}
      >
        <span
          className={`ops-load-fill${over ? ' ops-load-over' : ''}`}
          style={{ width: `${barWidth(props.share)}%` }}
        />
      </span>
      <span className="ops-load-text">{props.text}</span>
    </div>
  );
}
