import { useMemo, useState, type KeyboardEvent } from 'react';
import type { CountrySituation, TierInfo } from '../api/types';
import type { MessageKey } from '../i18n/dictionaries';
import { useI18n } from '../i18n/i18n';
import {
  filterCountries,
  nextSort,
  sortCountries,
  type SortKey,
  type SortState,
} from '../lib/country-table';
import { formatCount, formatRate } from '../lib/format';
import { countryNames, tierLabel, tierRank } from '../lib/names';
import { doublingText } from '../lib/situation-text';

const COLUMNS: { key: SortKey; label: MessageKey; numeric: boolean }[] = [
  { key: 'name', label: 'field.country', numeric: false },
  { key: 'cases', label: 'field.cases', numeric: true },
  { key: 'deaths', label: 'field.deaths', numeric: true },
  { key: 'casesPerMillion', label: 'field.perMillion', numeric: true },
  { key: 'doublingTimeDays', label: 'field.doubling', numeric: true },
];

/** Every country of the source in a searchable, sortable table; a row click selects the country. */
export function CountryTable(props: {
  countries: readonly CountrySituation[];
  tiers: readonly TierInfo[];
  selected: string | null;
  onSelect: (iso3: string) => void;
}) {
  const { t, lang } = useI18n();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortState>({ key: 'cases', descending: true });
  const rows = useMemo(
    () => sortCountries(filterCountries(props.countries, query), sort, lang),
    [props.countries, query, sort, lang],
  );
  const onKey = (event: KeyboardEvent, iso3: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      props.onSelect(iso3);
    }
  };
  return (
    <section className="card table-card" aria-labelledby="table-title">
      <div className="card-head">
        <h2 id="table-title">{t('table.title')}</h2>
        <span className="muted" data-testid="table-count">
          {t('table.count', {
            shown: formatCount(rows.length, lang),
            total: formatCount(props.countries.length, lang),
          })}
        </span>
      </div>
      <input
        className="search"
        type="search"
        value={query}
        placeholder={t('table.search')}
        aria-label={t('table.search')}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="table-scroll">
        <table className="country-table">
          <thead>
            <tr>
              {COLUMNS.map((col) => (
                <th
                  key={col.key}
                  className={col.numeric ? 'num' : ''}
                  aria-sort={
                    sort.key === col.key ? (sort.descending ? 'descending' : 'ascending') : 'none'
                  }
                >
                  <button
                    type="button"
                    title={t('table.sortBy', { column: t(col.label) })}
                    onClick={() => setSort((s) => nextSort(s, col.key))}
                  >
                    {t(col.label)}
                    <span className="sort-mark" aria-hidden="true">
                      {sort.key === col.key ? (sort.descending ? '▾' : '▴') : ''}
                    </span>
                  </button>
                </th>
              ))}
              <th>{t('field.tier')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => {
              const names = countryNames(c, lang);
              return (
                <tr
                  key={c.iso3}
                  data-iso3={c.iso3}
                  tabIndex={0}
                  className={c.iso3 === props.selected ? 'selected' : ''}
                  aria-selected={c.iso3 === props.selected}
                  onClick={() => props.onSelect(c.iso3)}
                  onKeyDown={(e) => onKey(e, c.iso3)}
                >
                  <td>
                    <span className="row-name">{names.primary}</span>
                    <span className="row-code">{c.iso3}</span>
                  </td>
                  <td className="num">{formatCount(c.cases, lang)}</td>
                  <td className="num">{formatCount(c.deaths, lang)}</td>
                  <td className="num">{formatRate(c.casesPerMillion, lang)}</td>
                  <td className="num">{doublingText(c, lang)}</td>
                  <td>
                    <span className={`tier tier-${tierRank(props.tiers, c.tier)}`}>
                      {tierLabel(props.tiers, c.tier, lang)}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {rows.length === 0 && <p className="empty">{t('table.empty', { query })}</p>}
      </div>
    </section>
  );
}
