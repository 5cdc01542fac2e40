import { useMemo } from 'react';
import type { Report } from '../../../src/core/reporting';
import type { MessageKey } from '../i18n/dictionaries';
import { useI18n } from '../i18n/i18n';
import { formatCompact, formatCount, formatList } from '../lib/format';
import {
  filterRecipients,
  isFiltered,
  nextSort,
  recipientName,
  sortRecipients,
  type RecipientFilter,
} from './recipient-rows';
import { REPORT_FORMS, type RecipientSort, type RecipientSortKey } from './report-url';

const COLUMNS: { key: RecipientSortKey; label: MessageKey; num: boolean }[] = [
  { key: 'name', label: 'report.table.name', num: false },
  { key: 'region', label: 'report.table.region', num: false },
  { key: 'batches', label: 'report.table.batches', num: false },
  { key: 'allocated', label: 'report.table.allocated', num: true },
  { key: 'received', label: 'report.table.received', num: true },
  { key: 'value', label: 'report.table.value', num: true },
];

/** The recipients' table: filters by text, region, batch and form of aid, sortable by any column. */
export function RecipientTable(props: {
  report: Report;
  filter: RecipientFilter;
  onFilter: (filter: RecipientFilter) => void;
  sort: RecipientSort;
  onSort: (sort: RecipientSort) => void;
}) {
  const { t, lang } = useI18n();
  const { report, filter, sort } = props;
  const regionNames = useMemo(
    () => new Map(report.regions.map((r) => [r.id, lang === 'zh' ? r.nameZh : r.nameEn])),
    [report.regions, lang],
  );
  const regionName = (id: string | null) => (id === null ? '' : (regionNames.get(id) ?? id));
  const rows = sortRecipients(filterRecipients(report.recipients, filter), sort, lang, regionName);
  const set = (patch: Partial<RecipientFilter>) => props.onFilter({ ...filter, ...patch });
  const batches = report.batches.flatMap((b) => (b.number === null ? [] : [b.number]));

  return (
    <section className="card rep-table-card" aria-labelledby="rep-table-title">
      <div className="card-head">
        <h2 id="rep-table-title">{t('report.table.title')}</h2>
        <span className="muted" data-testid="rep-count">
          {t('report.table.count', {
            shown: formatCount(rows.length, lang),
            total: formatCount(report.recipients.length, lang),
          })}
        </span>
      </div>
      <div className="rep-filters">
        <input
          type="search"
          className="search"
          value={filter.q}
          placeholder={t('report.table.search')}
          aria-label={t('report.table.search')}
          data-testid="rep-search"
          onChange={(e) => set({ q: e.target.value })}
        />
        <select
          value={filter.region ?? ''}
          aria-label={t('report.table.region')}
          data-testid="rep-filter-region"
          onChange={(e) => set({ region: e.target.value || null })}
        >
          <option value="">{t('report.table.allRegions')}</option>
          {report.regions.map((r) => (
            <option key={r.id} value={r.id}>
              {regionName(r.id)}
            </option>
          ))}
        </select>
        <select
          value={filter.batch ?? ''}
          aria-label={t('report.table.batches')}
          data-testid="rep-filter-batch"
          onChange={(e) => set({ batch: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">{t('report.table.allBatches')}</option>
          {batches.map((n) => (
            <option key={n} value={n}>
              {t('report.map.batch', { n })}
            </option>
          ))}
        </select>
        <select
          value={filter.form ?? ''}
          aria-label={t('report.table.forms')}
          data-testid="rep-filter-form"
          onChange={(e) => set({ form: REPORT_FORMS.find((f) => f === e.target.value) ?? null })}
        >
          <option value="">{t('report.table.allForms')}</option>
          {REPORT_FORMS.map((f) => (
            <option key={f} value={f}>
              {t(`report.form.${f}`)}
            </option>
          ))}
        </select>
        {isFiltered(filter) && (
          <button
            type="button"
            className="button rep-no-print"
            onClick={() => props.onFilter({ q: '', region: null, batch: null, form: null })}
          >
            {t('report.table.clear')}
          </button>
        )}
      </div>
      <div className="table-scroll rep-table-scroll">
        <table className="country-table rep-table" data-testid="rep-table">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c.key}
                  className={c.num ? 'num' : undefined}
                  aria-sort={
                    sort.key === c.key ? (sort.desc ? 'descending' : 'ascending') : undefined
                  }
                >
                  <button type="button" onClick={() => props.onSort(nextSort(sort, c.key))}>
                    {t(c.label)}
                    {sort.key === c.key && (
                      <span className="sort-mark">{sort.desc ? ' ▼' : ' ▲'}</span>
                    )}
                  </button>
                </th>
              ))}
              <th>{t('report.table.forms')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-recipient={r.id}>
                <td>
                  <span className="row-name">{recipientName(r, lang)}</span>{' '}
                  <span className="row-code">{r.kind === 'country' ? r.iso2 : r.id}</span>
                </td>
                <td>
                  {r.kind === 'organisation'
                    ? t('report.table.organisation')
                    : regionName(r.region)}
                </td>
                <td>{r.batches.join(', ')}</td>
                <td className="num">{formatCount(r.units.allocated, lang)}</td>
                <td className="num">{formatCount(r.units.received, lang)}</td>
                <td className="num">{formatCompact(r.valueUsd, lang)}</td>
                <td>
                  {formatList(
                    r.forms.map((f) => t(`report.form.${f}`)),
                    lang,
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="empty">{t('report.table.empty')}</p>}
      </div>
    </section>
  );
}
