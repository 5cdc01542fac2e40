import { useRef, useState, type FormEvent } from 'react';
import { sendJson } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { newEventId } from './event-draft';
import type { PostedEvent } from './event-form';
import { correctionBody, correctionDraft, type CorrectionDraft } from './corrections';
import { formatMoment } from './ops-format';
import { SendError } from './ops-parts';
import { ReceiptInputs, type ReceiptKey } from './receipt-inputs';
import type { Consignment, ConsignmentEvent } from './ops.types';
import type { FormKind } from './event-draft';

type Field = 'by' | 'location' | 'flight' | 'to' | 'signedBy' | 'note';

/** The fields a step's correction shows beyond who and where (as the event form asks for them). */
const EXTRA: Partial<Record<FormKind, Field>> = {
  departed: 'flight',
  'handed-over': 'to',
  received: 'signedBy',
  note: 'note',
};

/**
 * The form that corrects one event of a consignment: why, and the event's fields as they count now, to
 * change. It posts a new "correction" event (the original stays in the log); the id is made when the form
 * opens and kept across a refused post, so a retry never records it twice.
 */
export function CorrectionForm(props: {
  consignment: Consignment;
  target: ConsignmentEvent & { kind: FormKind };
  onPosted: (posted: PostedEvent) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const c = props.consignment;
  const target = props.target;
  const [draft, setDraft] = useState<CorrectionDraft>(() => correctionDraft(c, target));
  const id = useRef(newEventId());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const setField = (key: Field, value: string) =>
    setDraft((d) => ({ ...d, fields: { ...d.fields, [key]: value } }));
  const setLine = (lineId: string, key: ReceiptKey, value: string) =>
    setDraft((d) => {
      const line = d.fields.lines[lineId] ?? { received: '', damaged: '', missing: '' };
      const lines = { ...d.fields.lines, [lineId]: { ...line, [key]: value } };
      return { ...d, fields: { ...d.fields, lines } };
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const posted = await sendJson<PostedEvent>(
        'POST',
        `/api/consignments/${encodeURIComponent(c.id)}/events`,
        correctionBody(draft, id.current, new Date().toISOString()),
      );
      id.current = newEventId();
      props.onPosted(posted);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const labels: Record<Field, string> = {
    by: t('ops.event.by'),
    location: t('ops.event.location'),
    flight: t('ops.event.flight'),
    to: t('ops.event.to'),
    signedBy: t('ops.event.signedBy'),
    note: t('ops.event.note'),
  };
  const extra = EXTRA[target.kind];
  const fields: Field[] = ['by', 'location', ...(extra ? [extra] : [])];

  return (
    <form
      className="ops-form ops-event-form"
      onSubmit={(e) => void submit(e)}
      data-testid="cor-form"
    >
      <strong className="ops-grow-full">
        {t('ops.cor.title', {
          step: t(`ops.stage.${target.kind}`),
          seq: target.seq,
          when: formatMoment(target.at, lang),
        })}
      </strong>
      <p className="ops-note ops-grow-full">{t('ops.cor.hint')}</p>
      <label className="ops-grow-full">
        {t('ops.cor.reason')}
        <input
          data-testid="cor-reason"
          value={draft.reason}
          onChange={(e) => setDraft((d) => ({ ...d, reason: e.target.value }))}
        />
      </label>
      {fields.map((key) => (
        <label key={key}>
          {labels[key]}
          <input
            data-testid={`cor-${key}`}
            value={draft.fields[key]}
            onChange={(e) => setField(key, e.target.value)}
          />
        </label>
      ))}
      {target.kind === 'received' && (
        <ReceiptInputs consignment={c} lines={draft.fields.lines} prefix="cor" onChange={setLine} />
      )}
      <button type="submit" className="button ops-primary" disabled={busy} data-testid="cor-post">
        {busy ? t('ops.event.posting') : t('ops.cor.post')}
      </button>
      <button type="button" className="button" onClick={props.onCancel}>
        {t('ops.act.cancel')}
      </button>
      {error !== null && <SendError error={error} />}
    </form>
  );
}
