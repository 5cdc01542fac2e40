import { useI18n } from '../i18n/i18n';
import { formatCount } from '../lib/format';
import { impliedMissing, type EventDraft } from './event-draft';
import { itemName } from './ops-names';
import type { Consignment } from './ops.types';

/** One receipt value a person types for a consignment line. */
export type ReceiptKey = 'received' | 'damaged' | 'missing';

/**
 * A receipt as inputs per consignment line (received, damaged, missing; blank missing shows what the
 * server will fill in). Used by the event form and the correction form; `prefix` starts each test id.
 */
export function ReceiptInputs(props: {
  consignment: Consignment;
  lines: EventDraft['lines'];
  prefix: string;
  onChange: (lineId: string, key: ReceiptKey, value: string) => void;
}) {
  const { t, lang } = useI18n();
  return (
    <div className="ops-receipt-scroll">
      <table className="ops-table ops-receipt" data-testid={`${props.prefix}-receipt`}>
        <thead>
          <tr>
            <th>{t('ops.item')}</th>
            <th className="num">{t('ops.event.shipped')}</th>
            <th>{t('ops.event.received')}</th>
            <th>{t('ops.event.damaged')}</th>
            <th>{t('ops.event.missing')}</th>
          </tr>
        </thead>
        <tbody>
          {props.consignment.lines.map((l) => {
            const line = props.lines[l.id] ?? { received: '', damaged: '', missing: '' };
            const implied = impliedMissing(l.quantity, line);
            return (
              <tr key={l.id} data-line={l.id}>
                <td>{itemName(l.item, lang)}</td>
                <td className="num">{formatCount(l.quantity, lang)}</td>
                {(['received', 'damaged', 'missing'] as const).map((key) => (
                  <td key={key}>
                    <input
                      inputMode="numeric"
                      aria-label={`${itemName(l.item, lang)}: ${t(`ops.event.${key}`)}`}
                      data-testid={`${props.prefix}-${key}-${l.id}`}
                      value={line[key]}
                      placeholder={
                        key === 'missing' && implied !== null
                          ? t('ops.event.missingAuto', { n: formatCount(implied, lang) })
                          : undefined
                      }
                      onChange={(e) => props.onChange(l.id, key, e.target.value)}
                    />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
