import { useState, type FormEvent, type ReactNode } from 'react';
import { sendJson } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { formatCount } from '../lib/format';
import { itemName } from './ops-names';
import { SendError } from './ops-parts';
import {
  agreementBody,
  declineBody,
  initialAgreement,
  localDate,
  requestActions,
  type AgreementDraft,
} from './request-actions';
import type { AidRequest } from './ops.types';

/**
 * Agree and decline buttons for an open request, each opening its form; after the server accepts,
 * `onChanged` gets the request as it now is (the inbox reloads). Shown only to roles that may write.
 */
export function RequestActions(props: {
  request: AidRequest;
  onChanged: (request: AidRequest) => void;
}) {
  const { t, lang } = useI18n();
  const r = props.request;
  const [open, setOpen] = useState<'agree' | 'decline' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const actions = requestActions(r.status);
  if (actions.length === 0 && notice === null) return null;
  const done = (next: AidRequest) => {
    setOpen(null);
    const sum = (pick: (l: AidRequest['lines'][number]) => number) =>
      formatCount(
        next.lines.reduce((a, l) => a + pick(l), 0),
        lang,
      );
    setNotice(
      next.status === 'declined'
        ? t('ops.act.declined')
        : next.lines.length > 0
          ? t('ops.act.agreed', { agreed: sum((l) => l.agreed ?? 0), asked: sum((l) => l.asked) })
          : t('ops.reqStatus.agreed'),
    );
    props.onChanged(next);
  };
  return (
    <div className="ops-req-actions" data-testid={`req-actions-${r.id}`}>
      {notice && (
        <span className="ops-notice" role="status" data-testid={`req-notice-${r.id}`}>
          {notice}
        </span>
      )}
      {open === null &&
        actions.map((a) => (
          <button
            key={a}
            type="button"
            className={`button ops-small${a === 'agree' ? ' ops-primary' : ''}`}
            data-testid={`req-${a}-${r.id}`}
            onClick={() => setOpen(a)}
          >
            {t(a === 'agree' ? 'ops.act.agree' : 'ops.act.decline')}
          </button>
        ))}
      {open === 'agree' && <AgreeForm request={r} onDone={done} onCancel={() => setOpen(null)} />}
      {open === 'decline' && (
        <DeclineForm request={r} onDone={done} onCancel={() => setOpen(null)} />
      )}
    </div>
  );
}

/** Posts a request action and keeps its busy and refused states. */
function useRequestPost(id: string, action: 'agree' | 'status', onDone: (r: AidRequest) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const post = async (body: unknown) => {
    setBusy(true);
    setError(null);
    try {
      onDone(
        await sendJson<AidRequest>(
          'POST',
          `/api/requests/${encodeURIComponent(id)}/${action}`,
          body,
        ),
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, post };
}

function ActionForm(props: {
  testId: string;
  title: string;
  busy: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <form className="ops-form" onSubmit={submit} data-testid={props.testId}>
      <strong className="ops-grow-full">{props.title}</strong>
      {props.children}
      <button
        type="submit"
        className="button ops-primary"
        disabled={props.busy}
        data-testid={`${props.testId}-save`}
      >
        {props.busy ? t('ops.act.saving') : props.submitLabel}
      </button>
      <button type="button" className="button" onClick={props.onCancel}>
        {t('ops.act.cancel')}
      </button>
      {props.error !== null && (
        <div className="ops-grow-full">
          <SendError error={props.error} />
        </div>
      )}
    </form>
  );
}

function AgreeForm(props: {
  request: AidRequest;
  onDone: (r: AidRequest) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const r = props.request;
  const [draft, setDraft] = useState<AgreementDraft>(() =>
    initialAgreement(r, localDate(new Date())),
  );
  const { busy, error, post } = useRequestPost(r.id, 'agree', props.onDone);
  return (
    <ActionForm
      testId="agree-form"
      title={t('ops.act.agreeTitle', { title: r.title })}
      busy={busy}
      error={error}
      submitLabel={t('ops.act.saveAgreement')}
      onSubmit={() => void post(agreementBody(draft))}
      onCancel={props.onCancel}
    >
      <p className="ops-note ops-grow-full">{t('ops.act.agreeHint')}</p>
      <label className="ops-agree-by">
        {t('ops.act.agreedBy')}
        <input
          data-testid="agree-by"
          value={draft.agreedBy}
          onChange={(e) => setDraft({ ...draft, agreedBy: e.target.value })}
        />
      </label>
      <label>
        {t('ops.act.agreedOn')}
        <input
          type="date"
          data-testid="agree-on"
          value={draft.agreedOn}
          onChange={(e) => setDraft({ ...draft, agreedOn: e.target.value })}
        />
      </label>
      {r.lines.map((l) => (
        <label key={l.id}>
          {itemName(l.item, lang)} ({t('ops.line.asked')} {formatCount(l.asked, lang)})
          <input
            inputMode="numeric"
            aria-label={`${itemName(l.item, lang)}: ${t('ops.act.agreedQty')}`}
            data-testid={`agree-qty-${l.id}`}
            value={draft.lines[l.id] ?? ''}
            onChange={(e) =>
              setDraft({ ...draft, lines: { ...draft.lines, [l.id]: e.target.value } })
            }
          />
        </label>
      ))}
    </ActionForm>
  );
}

function DeclineForm(props: {
  request: AidRequest;
  onDone: (r: AidRequest) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const { busy, error, post } = useRequestPost(props.request.id, 'status', props.onDone);
  return (
    <ActionForm
      testId="decline-form"
      title={t('ops.act.declineTitle', { title: props.request.title })}
      busy={busy}
      error={error}
      submitLabel={t('ops.act.saveDecline')}
      onSubmit={() => void post(declineBody(reason))}
      onCancel={props.onCancel}
    >
      <label className="ops-grow">
        {t('ops.act.reason')}
        <input
          data-testid="decline-reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
    </ActionForm>
  );
}
