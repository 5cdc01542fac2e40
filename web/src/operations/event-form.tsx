import { useRef, useState, type FormEvent } from 'react';
import { sendJson } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { eventBody, initialDraft, newEventId, type EventDraft, type FormKind } from './event-draft';
import { toLocalInput } from './ops-format';
import { SendError } from './ops-parts';
import { ReceiptInputs, type ReceiptKey } from './receipt-inputs';
import { STAGES, type Consignment } from './ops.types';

/** What the server answered to a posted event. */
export interface PostedEvent {
  event: { id: string; kind: string };
  replayed: boolean;
  status: string;
}

const KINDS: readonly FormKind[] = [...STAGES, 'note'];

/**
 * The form that appends an event to a consignment: its next step by default, the fields that step needs,
 * a receipt per line for "received". The id is made when the form opens, so a retried post never doubles.
 */
export function EventForm(props: {
  consignment: Consignment;
  onPosted: (posted: PostedEvent) => void;
}) {
  const { t, lang } = useI18n();
  const c = props.consignment;
  const [draft, setDraft] = useState<EventDraft>(() => initialDraft(c, toLocalInput(new Date())));
  const id = useRef(newEventId());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const set = (patch: Partial<EventDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setLine = (lineId: string, key: ReceiptKey, value: string) =>
    setDraft((d) => {
      const line = d.lines[lineId] ?? { received: '', damaged: '', missing: '' };
      return { ...d, lines: { ...d.lines, [lineId]: { ...line, [key]: value } } };
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const posted = await sendJson<PostedEvent>(
        'POST',
        `/api/consignments/${encodeURIComponent(c.id)}/events`,
        eventBody(draft, id.current),
      );
      id.current = newEventId();
      props.onPosted(posted);
    } catch (e) {
      // The same id stays: posting again after a lost answer cannot record the event twice.
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const field = (key: 'by' | 'location' | 'flight' | 'to' | 'signedBy' | 'note', label: string) => (
    <label>
      {label}
      <input
        data-testid={`ev-${key}`}
        value={draft[key]}
        onChange={(e) => set({ [key]: e.target.value })}
      />
    </label>
  );

  return (
    <form
      className="ops-form ops-event-form"
      onSubmit={(e) => void submit(e)}
      data-testid="ops-event-form"
    >
      <strong className="ops-grow-full">
        {t('ops.event.title', { who: c.recipientName[lang] || c.recipient })}
      </strong>
      <label>
        {t('ops.event.kind')}
        <select
          data-testid="ev-kind"
          value={draft.kind}
          onChange={(e) => set({ kind: KINDS.find((k) => k === e.target.value) ?? 'note' })}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`ops.stage.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('ops.event.at')}
        <input
          type="datetime-local"
          data-testid="ev-at"
          value={draft.at}
          onChange={(e) => set({ at: e.target.value })}
        />
      </label>
      {field('by', t('ops.event.by'))}
      {field('location', t('ops.event.location'))}
      {draft.kind === 'departed' && field('flight', t('ops.event.flight'))}
      {draft.kind === 'handed-over' && field('to', t('ops.event.to'))}
      {draft.kind === 'received' && field('signedBy', t('ops.event.signedBy'))}
      {draft.kind === 'note' && field('note', t('ops.event.note'))}
      {draft.kind === 'received' && (
        <ReceiptInputs consignment={c} lines={draft.lines} prefix="ev" onChange={setLine} />
      )}
      <button type="submit" className="button ops-primary" disabled={busy} data-testid="ev-post">
        {busy ? t('ops.event.posting') : t('ops.event.post')}
      </button>
      {error !== null && <SendError error={error} />}
    </form>
  );
}
