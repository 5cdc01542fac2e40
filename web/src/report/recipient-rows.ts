// Filtering and sorting the report's recipients for the table (pure: the page passes the language).
import type { RecipientSummary } from '../../../src/core/reporting';
import type { Lang } from '../i18n/translate';
import { LOCALES } from '../i18n/translate';
import type { RecipientSort, ReportUrlState } from './report-url';

/** The table's filters: text in a name or code, a region, a batch number, a form of aid. */
export type RecipientFilter = Pick<ReportUrlState, 'q' | 'region' | 'batch' | 'form'>;

/** Lower-case text without accents, so "cote" finds "Côte d'Ivoire". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whether a recipient passes every filter that is set. */
export function matchesFilter(r: RecipientSummary, filter: RecipientFilter): boolean {
  if (filter.region !== null && r.region !== filter.region) return false;
  if (filter.batch !== null && !r.batches.includes(filter.batch)) return false;
  if (filter.form !== null && !r.forms.includes(filter.form)) return false;
  const q = foldText(filter.q.trim());
  if (q === '') return true;
  return [r.nameEn, r.nameZh, r.id, r.iso2 ?? ''].some((text) => foldText(text).includes(q));
}

/** The recipients that pass the filters, in the order given. */
export function filterRecipients(
  rows: readonly RecipientSummary[],
  filter: RecipientFilter,
): RecipientSummary[] {
  return rows.filter((r) => matchesFilter(r, filter));
}

/** Whether any filter is set. */
export function isFiltered(filter: RecipientFilter): boolean {
  return (
    filter.q.trim() !== '' ||
    filter.region !== null ||
    filter.batch !== null ||
    filter.form !== null
  );
}

/** The name a recipient is shown and sorted by in a language. */
export function recipientName(r: Pick<RecipientSummary, 'nameEn' | 'nameZh'>, lang: Lang): string {
  return lang === 'zh' ? r.nameZh : r.nameEn;
}

/** The default sort of each column: names and regions A to Z, figures largest first. */
export function defaultDesc(key: RecipientSort['key']): boolean {
  return key !== 'name' && key !== 'region';
}

/** The sort after clicking a column: the same column flips, another starts in its default direction. */
export function nextSort(current: RecipientSort, key: RecipientSort['key']): RecipientSort {
  return current.key === key ? { key, desc: !current.desc } : { key, desc: defaultDesc(key) };
}

/** Recipients sorted by a column (ties by name, then id); regions by their shown names. */
export function sortRecipients(
  rows: readonly RecipientSummary[],
  sort: RecipientSort,
  lang: Lang,
  regionName: (id: string | null) => string = (id) => id ?? '',
): RecipientSummary[] {
  const collator = new Intl.Collator(LOCALES[lang]);
  const byName = (a: RecipientSummary, b: RecipientSummary) =>
    collator.compare(recipientName(a, lang), recipientName(b, lang)) || a.id.localeCompare(b.id);
  const value = (r: RecipientSummary): number => {
    switch (sort.key) {
      case 'batches':
        return r.batches.length;
      case 'allocated':
        return r.units.allocated;
      case 'received':
        return r.units.received;
      case 'value':
        return r.valueUsd;
      case 'name':
      case 'region':
        return 0;
    }
  };
  const sign = sort.desc ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (sort.key === 'name') return sign * byName(a, b);
    if (sort.key === 'region') {
      const ra = regionName(a.region);
      const rb = regionName(b.region);
      // Recipients without a region (organisations) stay last in either direction.
      if (ra === '' || rb === '') return (ra === '' ? 1 : 0) - (rb === '' ? 1 : 0) || byName(a, b);
      return sign * collator.compare(ra, rb) || byName(a, b);
    }
    return sign * (value(a) - value(b)) || byName(a, b);
  });
}
