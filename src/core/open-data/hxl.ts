// The HXL export: one CSV row per approved batch x recipient x item with in-kind quantities, a header row
// of names, then the HXL hashtag row, so humanitarian tools (HDX, HXL Proxy) read it as they read 3W data.
import { itemById } from '../reference/catalogue';
import { groupingById, groupOf, type GroupingId } from '../reference/groupings';
import { csvLine } from './csv';
import type { SupplyRow } from './open-data.types';
import { partyOf } from './parties';
import { supplyStatus } from './supply-activity';

/** The columns, in order: a readable header and its HXL hashtag. */
export const HXL_COLUMNS = [
  { header: 'Batch approved', tag: '#date' },
  { header: 'Country code (ISO3)', tag: '#country+code' },
  { header: 'Country', tag: '#country+name' },
  { header: 'Organisation', tag: '#org' },
  { header: 'Region', tag: '#region' },
  { header: 'Item', tag: '#item+name' },
  { header: 'Item code', tag: '#item+code' },
  { header: 'Units allocated', tag: '#targeted' },
  { header: 'Units received in good order', tag: '#reached' },
  { header: 'Status', tag: '#status' },
] as const;

/** The two header lines: names, then hashtags. */
export function hxlHeader(): string {
  return csvLine(HXL_COLUMNS.map((c) => c.header)) + csvLine(HXL_COLUMNS.map((c) => c.tag));
}

/**
 * The fields of one row. #org is the organisation that took the goods: the recipient organisation, the
 * partner the aid passed through, or the consignee. #region is the country's group in `grouping`.
 */
export function hxlFields(row: SupplyRow, grouping: GroupingId): (string | number)[] {
  const party = partyOf(row.recipient);
  const via = row.via ? partyOf(row.via) : null;
  const org = party.kind === 'organisation' ? party.nameEn : (via?.nameEn ?? row.consignee ?? '');
  const groupId = party.iso3 ? groupOf(grouping, party.iso3) : null;
  const group = groupingById(grouping)?.groups.find((g) => g.id === groupId);
  return [
    row.approvedAt.slice(0, 10),
    party.iso3 ?? '',
    party.kind === 'country' ? party.nameEn : '',
    org,
    group?.nameEn ?? '',
    itemById(row.item)?.nameEn ?? row.item,
    row.item,
    row.allocated,
    row.received,
    supplyStatus(row),
  ];
}

/** The whole HXL CSV as chunks: the two header lines, then one chunk per chunk of rows. */
export async function* hxlDocument(
  chunks: AsyncIterable<readonly SupplyRow[]> | Iterable<readonly SupplyRow[]>,
  grouping: GroupingId,
): AsyncGenerator<string> {
  yield hxlHeader();
  for await (const rows of chunks) {
    if (rows.length) yield rows.map((r) => csvLine(hxlFields(r, grouping))).join('');
  }
}
