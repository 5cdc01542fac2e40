// What the URL remembers of the open report: grouping, table filters, sort and map colouring.
import type { AidForm } from '../../../src/core/reporting';
import type { GroupingId } from '../../../src/core/reference/groupings';

/** The groupings the report page offers: the seed's five regions (default) and UN M49. */
export const REPORT_GROUPINGS: readonly GroupingId[] = ['seed-2020', 'un-m49'];

/** The forms of aid the table filters by, in the order the report lists them. */
export const REPORT_FORMS: readonly AidForm[] = ['supplies', 'expert-team', 'cash', 'works'];

/** Columns the recipient table sorts by. */
export type RecipientSortKey = 'name' | 'region' | 'batches' | 'allocated' | 'received' | 'value';

/** Every sortable column, in the table's order. */
export const RECIPIENT_SORT_KEYS: readonly RecipientSortKey[] = [
  'name',
  'region',
  'batches',
  'allocated',
  'received',
  'value',
];

/** What the map colours countries by: reference value, or the first batch that reached them. */
export type MapColouring = 'value' | 'batch';

/** A sort: the column and its direction. */
export interface RecipientSort {
  key: RecipientSortKey;
  desc: boolean;
}

/** The report page's part of the URL (null or "" = the default). */
export interface ReportUrlState {
  grouping: GroupingId | null;
  /** Free text the table's names and codes must contain. */
  q: string;
  region: string | null;
  batch: number | null;
  form: AidForm | null;
  sort: RecipientSort | null;
  colour: MapColouring | null;
}

/** The query parameters the report page owns (removed when the page closes). */
export const REPORT_KEYS = ['grouping', 'q', 'region', 'batch', 'form', 'sort', 'colour'] as const;

/** The state of a report URL with nothing chosen. */
export const EMPTY_REPORT_URL: ReportUrlState = {
  grouping: null,
  q: '',
  region: null,
  batch: null,
  form: null,
  sort: null,
  colour: null,
};

const MAX_QUERY = 80;
const REGION_ID = /^[a-z0-9-]{2,60}$/;

/** Reads the report page's state from a query string, ignoring values it does not understand. */
export function parseReportUrl(search: string): ReportUrlState {
  const params = new URLSearchParams(search);
  const grouping = REPORT_GROUPINGS.find((g) => g === params.get('grouping')) ?? null;
  const region = params.get('region') ?? '';
  const batch = params.get('batch') ?? '';
  const form = REPORT_FORMS.find((f) => f === params.get('form')) ?? null;
  const sortText = params.get('sort') ?? '';
  const desc = sortText.startsWith('-');
  const sortKey = RECIPIENT_SORT_KEYS.find((k) => k === (desc ? sortText.slice(1) : sortText));
  const colour = params.get('colour');
  return {
    grouping,
    q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY),
    region: REGION_ID.test(region) ? region : null,
    batch: /^[1-9]\d{0,3}$/.test(batch) ? Number(batch) : null,
    form,
    sort: sortKey ? { key: sortKey, desc } : null,
    colour: colour === 'value' || colour === 'batch' ? colour : null,
  };
}

/** Writes the report page's state into a query string, keeping unrelated parameters. */
export function serializeReportUrl(state: ReportUrlState, previousSearch = ''): string {
  const params = new URLSearchParams(previousSearch);
  const values: Record<(typeof REPORT_KEYS)[number], string | null> = {
    grouping: state.grouping,
    q: state.q.trim() === '' ? null : state.q.trim().slice(0, MAX_QUERY),
    region: state.region,
    batch: state.batch === null ? null : String(state.batch),
    form: state.form,
    sort: state.sort === null ? null : `${state.sort.desc ? '-' : ''}${state.sort.key}`,
    colour: state.colour,
  };
  for (const key of REPORT_KEYS) {
    const value = values[key];
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A query string without the report page's parameters (when another view opens). */
export function withoutReportUrl(search: string): string {
  return serializeReportUrl(EMPTY_REPORT_URL, search);
}
