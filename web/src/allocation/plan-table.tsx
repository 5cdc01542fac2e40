import type { PlanLine } from '../../../src/core/allocation';
import { Segmented } from '../components/status';
import { useI18n } from '../i18n/i18n';
import { formatCount } from '../lib/format';
import { fillColour } from './fill-scale';
import type { NameBook } from './names';
import { boundKey, formatChange, formatPercent, formatWeight } from './plan-format';
import { lineKey, type RecipientRow, type RowOrder } from './plan-view';

const ORDERS: readonly RowOrder[] = ['weight', 'fill', 'name'];

/** The proposal as a table: per recipient and item the need, what it gets, its fill rate and what bound it. */
export function PlanTable(props: {
  rows: readonly RecipientRow[];
  names: NameBook;
  illustrative: ReadonlyMap<string, 'all' | 'some'>;
  /** Units gained or lost per line against the published policy; null when the sliders are untouched. */
  changes: ReadonlyMap<string, number> | null;
  order: RowOrder;
  onOrder: (order: RowOrder) => void;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useI18n();
  const changes = props.changes;
  return (
    <section className="card plan-table-card" aria-labelledby="plan-table-title">
      <div className="card-head">
        <h2 id="plan-table-title">{t('plan.table.title')}</h2>
        <Segmented
          label={t('plan.table.order')}
          value={props.order}
          options={ORDERS.map((o) => ({ value: o, label: t(`plan.order.${o}`) }))}
          onChange={props.onOrder}
        />
      </div>
      <div className="table-scroll plan-scroll">
        <table className="country-table plan-table" data-testid="plan-table">
          <caption className="visually-hidden">{t('plan.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.col.recipient')}</th>
              <th scope="col" className="num">
                {t('plan.col.weight')}
              </th>
              <th scope="col">{t('plan.col.item')}</th>
              <th scope="col" className="num">
                {t('plan.col.need')}
              </th>
              <th scope="col" className="num">
                {t('plan.col.allocated')}
              </th>
              <th scope="col">{t('plan.col.fill')}</th>
              <th scope="col">{t('plan.col.bound')}</th>
              <th scope="col" className="num">
                {t('plan.col.proRata')}
              </th>
              {changes && (
                <th scope="col" className="num">
                  {t('plan.col.change')}
                </th>
              )}
            </tr>
          </thead>
          {props.rows.map((row) => (
            <tbody
              key={row.id}
              className={props.selected === row.id ? 'selected' : ''}
              data-recipient={row.id}
              onClick={() => props.onSelect(row.id)}
            >
              {row.lines.map((line, i) => (
                <LineRow
                  key={line.item}
                  line={line}
                  first={i === 0}
                  row={row}
                  names={props.names}
                  illustrative={props.illustrative.get(row.id) ?? null}
                  change={changes ? (changes.get(lineKey(line)) ?? 0) : null}
                  onWhy={() => props.onSelect(row.id)}
                />
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <p className="map-note">{t('plan.table.caption')}</p>
    </section>
  );
}

function LineRow(props: {
  line: PlanLine;
  first: boolean;
  row: RecipientRow;
  names: NameBook;
  illustrative: 'all' | 'some' | null;
  change: number | null;
  onWhy: () => void;
}) {
  const { t, lang } = useI18n();
  const { line, row } = props;
  const span = row.lines.length;
  const id = `${line.recipient}-${line.item}`;
  return (
    <tr data-line={lineKey(line)}>
      {props.first && (
        <>
          <td rowSpan={span} className="plan-recipient">
            <span className="row-name">{props.names.recipient(row.id)}</span>
            <span className="row-code">{row.id}</span>
            {props.illustrative && (
              <span
                className="illustrative-tag"
                title={t(
                  props.illustrative === 'all' ? 'plan.illustrative.all' : 'plan.illustrative.some',
                )}
              >
                {t('plan.illustrative')}
              </span>
            )}
            <button
              type="button"
              className="why-button"
              data-testid={`why-${row.id}`}
              onClick={(e) => {
                e.stopPropagation();
                props.onWhy();
              }}
            >
              {t('plan.why.open')}
            </button>
          </td>
          <td rowSpan={span} className="num">
            {formatWeight(row.weight, lang)}
          </td>
        </>
      )}
      <td>{props.names.item(line.item)}</td>
      <td className="num">
        {formatCount(line.need, lang)}
        {line.cappedByForecast && (
          <span
            className="capped-mark"
            title={t('plan.table.capped', { requested: formatCount(line.requested, lang) })}
          >
            *
          </span>
        )}
      </td>
      <td className="num strong" data-testid={`alloc-${id}`}>
        {formatCount(line.quantity, lang)}
      </td>
      <td>
        <FillBar fill={line.need > 0 ? line.fillRate : null} testId={`fill-${id}`} />
      </td>
      <td className={`bound bound-${line.bound}`}>{t(boundKey(line.bound))}</td>
      <td className="num muted-num">{formatCount(line.proRata, lang)}</td>
      {props.change !== null && (
        <td
          className={`num change ${props.change > 0 ? 'up' : props.change < 0 ? 'down' : ''}`}
          data-testid={`change-${id}`}
        >
          {props.change === 0 ? '' : formatChange(props.change, lang)}
        </td>
      )}
    </tr>
  );
}

/** A fill rate as a small bar and a percentage. */
export function FillBar(props: { fill: number | null; testId?: string }) {
  const { lang } = useI18n();
  const width = props.fill === null ? 0 : Math.max(0, Math.min(1, props.fill)) * 100;
  return (
    <span className="fill-bar" data-testid={props.testId}>
      <span className="fill-track">
        <span
          className="fill-value"
          style={{ width: `${width}%`, background: fillColour(props.fill) }}
        />
      </span>
      <span className="fill-text">{formatPercent(props.fill, lang)}</span>
    </span>
  );
}
