import { useI18n } from '../i18n/i18n';
import { addDays, formatShortDate } from '../lib/format';
import type { NameBook } from './names';

/** Ship dates the page offers, in days after the plan date. */
export const SHIP_CHOICES: readonly number[] = [0, 3, 7, 14, 28];

/** The item the map and the table show: one item, or all of them (the map then shows the mean fill rate). */
export function ItemSelect(props: {
  items: readonly { id: string }[];
  value: string | null;
  onChange: (item: string | null) => void;
  names: NameBook;
}) {
  const { t } = useI18n();
  return (
    <label className="plan-select">
      <span>{t('plan.map.item')}</span>
      <select
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value === '' ? null : e.target.value)}
        data-testid="plan-item"
      >
        <option value="">{t('plan.map.allItems')}</option>
        {props.items.map((i) => (
          <option key={i.id} value={i.id}>
            {props.names.item(i.id)}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * When the batch ships, as days after the plan date: production until then counts as supply, so
 * shipping now plans with the stock alone. The API recomputes the input for the new date.
 */
export function ShipSelect(props: {
  date: string;
  days: number;
  onChange: (days: number) => void;
  loading: boolean;
}) {
  const { t, lang } = useI18n();
  const choices = SHIP_CHOICES.includes(props.days)
    ? SHIP_CHOICES
    : [...SHIP_CHOICES, props.days].sort((a, b) => a - b);
  return (
    <label className="plan-select">
      <span>{t('plan.ship')}</span>
      <select
        value={props.days}
        onChange={(e) => props.onChange(Number(e.target.value))}
        data-testid="plan-ship"
        aria-busy={props.loading}
      >
        {choices.map((d) => (
          <option key={d} value={d}>
            {t(d === 0 ? 'plan.ship.now' : 'plan.ship.later', {
              date: formatShortDate(addDays(props.date, d), lang),
              days: d,
            })}
          </option>
        ))}
      </select>
    </label>
  );
}
