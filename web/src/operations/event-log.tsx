import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { formatCount } from '../lib/format';
import { CorrectionForm } from './correction-form';
import { correctable, effectivePayloads, receiptTotals, type Payload } from './corrections';
import type { PostedEvent } from './event-form';
import { formatMoment } from './ops-format';
import type { Consignment, ConsignmentEvent } from './ops.types';

const TEXT_FIELDS = ['by', 'location', 'flight', 'to', 'signedBy', 'note'] as const;

/**
 * A consignment's hash-chained event log, oldest first: each step with what it counts now (corrections
 * applied, marked "corrected"), each correction with what it corrects and why; roles that may post
 * events can correct any step or note from here.
 */
export function EventLog(props: {
  consignment: Consignment;
  canCorrect: boolean;
  stepLabel: (kind: string) => string;
  onPosted: (posted: PostedEvent) => void;
}) {
  const { t, lang } = useI18n();
  const c = props.consignment;
  const [open, setOpen] = useState(false);
  const [targetId, setTargetId] = useState<string | null>(null);
  const events = [...c.events].sort((a, b) => a.seq - b.seq);
  const payloads = effectivePayloads(events);
  const byId = new Map(events.map((e) => [e.id, e]));
  const corrected = new Set(
    events.filter((e) => e.kind === 'correction').map((e) => e.payload['corrects']),
  );
  const target = targetId ? byId.get(targetId) : undefined;

  const summary = (p: Payload) => {
    const parts: string[] = TEXT_FIELDS.flatMap((key) => {
      const value = p[key];
      return typeof value === 'string' && value !== '' ? [value] : [];
    });
    const r = receiptTotals(p);
    if (r) {
      parts.push(
        t('ops.cor.receipt', {
          received: formatCount(r.received, lang),
          damaged: formatCount(r.damaged, lang),
          missing: formatCount(r.missing, lang),
        }),
      );
    }
    return parts.map((part) => ` · ${part}`).join('');
  };

  const describe = (e: ConsignmentEvent) => {
    if (e.kind !== 'correction')
      return props.stepLabel(e.kind) + summary(payloads.get(e.id) ?? e.payload);
    const of = byId.get(String(e.payload['corrects']));
    const replacement = e.payload['replacement'];
    return (
      t('ops.cor.of', {
        step: of ? props.stepLabel(of.kind) : String(e.payload['corrects']),
        seq: of?.seq ?? '?',
        reason: String(e.payload['reason'] ?? ''),
      }) +
      (typeof replacement === 'object' && replacement !== null
        ? summary(replacement as Payload)
        : '')
    );
  };

  return (
    <>
      <details
        className="ops-log"
        open={open}
        onToggle={(e) => setOpen(e.currentTarget.open)}
        data-testid={`cons-log-${c.id}`}
      >
        <summary>{t('ops.board.log', { n: formatCount(c.events.length, lang) })}</summary>
        <ol>
          {events.map((e) => (
            <li key={e.id} data-kind={e.kind} data-event={e.id}>
              {describe(e)} · {formatMoment(e.at, lang)}
              {corrected.has(e.id) && (
                <span className="ops-tag" data-testid={`ev-corrected-${e.id}`}>
                  {t('ops.cor.corrected')}
                </span>
              )}
              <code className="ops-hash" title={e.hash}>
                {e.hash.slice(0, 12)}
              </code>
              {props.canCorrect && correctable(e) && ' '}
              {props.canCorrect && correctable(e) && (
                <button
                  type="button"
                  className="button ops-small"
                  data-testid={`ev-correct-${e.id}`}
                  onClick={() => setTargetId(targetId === e.id ? null : e.id)}
                >
                  {t('ops.cor.correct')}
                </button>
              )}
            </li>
          ))}
        </ol>
      </details>
      {target && correctable(target) && (
        <CorrectionForm
          key={target.id}
          consignment={c}
          target={target}
          onCancel={() => setTargetId(null)}
          onPosted={(posted) => {
            setTargetId(null);
            props.onPosted(posted);
          }}
        />
      )}
    </>
  );
}
