import { useState, type FormEvent } from 'react';
import { useSession } from '../access/use-session';
import { ApiError, sendJson } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { formatCount } from '../lib/format';
import { itemName } from './ops-names';
import { approverLabel } from './ops-session';
import { SendError } from './ops-parts';
import type { Batch, BatchLine } from './ops.types';

/** The form that edits one line of a draft: a new quantity and the reason, which the server requires. */
export function EditLine(props: {
  batchId: string;
  line: BatchLine;
  onSaved: (batch: Batch) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const [quantity, setQuantity] = useState(String(props.line.quantity));
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const n = Number(quantity);
      const next = await sendJson<Batch>(
        'PATCH',
        `/api/batches/${encodeURIComponent(props.batchId)}/lines/${encodeURIComponent(props.line.id)}`,
        { quantity: quantity.trim() !== '' && Number.isFinite(n) ? n : quantity, reason },
      );
      props.onSaved(next);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="ops-form" onSubmit={(e) => void submit(e)} data-testid="ops-edit-form">
      <strong>
        {t('ops.batch.editTitle', {
          item: itemName(props.line.item, lang),
          recipient: props.line.recipient,
        })}
      </strong>
      <label>
        {t('ops.batch.editQuantity', { pack: formatCount(props.line.packSize, lang) })}
        <input
          inputMode="numeric"
          data-testid="ops-edit-quantity"
          value={quantity}
          onChange={(e) => setQuantity(e.target.value)}
        />
      </label>
      <label className="ops-grow">
        {t('ops.batch.editReason')}
        <input
          data-testid="ops-edit-reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      <button
        type="submit"
        className="button ops-primary"
        disabled={busy}
        data-testid="ops-edit-save"
      >
        {t('ops.batch.save')}
      </button>
      <button type="button" className="button" onClick={props.onCancel}>
        {t('ops.batch.cancel')}
      </button>
      {error !== null && <SendError error={error} />}
    </form>
  );
}

/**
 * Approving a draft or discarding it. The server records the signed-in user as the approver, so the form
 * only says who that is; a 409 (stale draft or stock gone) is said plainly.
 */
export function Approve(props: { batchId: string; onDone: (batch: Batch) => void }) {
  const { t } = useI18n();
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const send = async (action: 'approve' | 'discard') => {
    setBusy(true);
    setError(null);
    try {
      const url = `/api/batches/${encodeURIComponent(props.batchId)}/${action}`;
      props.onDone(await sendJson<Batch>('POST', url, action === 'approve' ? {} : undefined));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send('approve');
  };
  const conflict = error instanceof ApiError && error.status === 409;
  return (
    <form className="ops-form ops-approve" onSubmit={submit} data-testid="ops-approve-form">
      <span className="ops-note" data-testid="ops-approve-as">
        {session.status === 'signed-in'
          ? t('ops.batch.approveAs', { who: approverLabel(session.me.user) })
          : t('ops.batch.approveAnon')}
      </span>
      <button
        type="submit"
        className="button ops-primary"
        disabled={busy}
        data-testid="ops-approve"
      >
        {busy ? t('ops.batch.approving') : t('ops.batch.approve')}
      </button>
      <button
        type="button"
        className="button"
        disabled={busy}
        data-testid="ops-discard"
        onClick={() => void send('discard')}
      >
        {t('ops.batch.discard')}
      </button>
      {error !== null && (
        <div className="ops-grow">
          <SendError
            error={error}
            lead={conflict ? 'ops.batch.conflict' : 'ops.error.send'}
            testId={conflict ? 'ops-conflict' : 'ops-refusal'}
          />
          {conflict && <p className="ops-note">{t('ops.batch.conflictHint')}</p>}
        </div>
      )}
    </form>
  );
}
