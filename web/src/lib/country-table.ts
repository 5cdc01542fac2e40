import type { CountrySituation } from '../api/types';

/** A sortable column of the country table. */
export type SortKey = 'name' | 'cases' | 'deaths' | 'casesPerMillion' | 'doublingTimeDays';

/** The table's sort: a column and a direction. */
export interface SortState {
  key: SortKey;
  descending: boolean;
}

/** Folds case and accents away so "cote" finds "Côte d'Ivoire". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Countries whose English or Chinese name, ISO3 or ISO2 code contains the query. */
export function filterCountries(
  countries: readonly CountrySituation[],
  query: string,
): CountrySituation[] {
  const q = foldText(query.trim());
  if (!q) return [...countries];
  return countries.filter((c) =>
    [c.nameEn, c.nameZh, c.iso3, c.iso2].some((field) => foldText(field).includes(q)),
  );
}

/** Sorted copy of the rows; unknown values always sort last, names use the language's collation. */
export function sortCountries(
  countries: readonly CountrySituation[],
  sort: SortState,
  lang: 'en' | 'zh',
): CountrySituation[] {
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
  const sign = sort.descending ? -1 : 1;
  return [...countries].sort((a, b) => {
    if (sort.key === 'name') {
      return (
        sign *
        collator.compare(lang === 'zh' ? a.nameZh : a.nameEn, lang === 'zh' ? b.nameZh : b.nameEn)
      );
    }
    const x = a[sort.key];
    const y = b[sort.key];
    if (x === null && y === null) return a.iso3.localeCompare(b.iso3);
    if (x === null) return 1;
    if (y === null) return -1;
    return x === y ? a.iso3.localeCompare(b.iso3) : sign * (x - y);
  });
}

/** The sort after clicking a column: the same column flips, a new one starts descending (names ascending). */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key === key) return { key, descending: !current.descending };
  return { key, descending: key !== 'name' };
}
