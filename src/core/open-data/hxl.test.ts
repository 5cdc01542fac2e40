import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { supplyRow } from '../../../test/fixtures/open-data-rows';
import { HXL_COLUMNS, hxlDocument, hxlFields } from './hxl';

async function collect(
  chunks: Parameters<typeof hxlDocument>[0],
  grouping: 'un-m49' | 'seed-2020',
) {
  let text = '';
  for await (const c of hxlDocument(chunks, grouping)) text += c;
  return text;
}

describe('hxlDocument', () => {
  it('writes a header row, the hashtag row, then one row per batch x recipient x item', async () => {
    const text = await collect(
      [
        [supplyRow(), supplyRow({ item: 'gown', received: 0, leastStatus: 'departed' })],
        [supplyRow({ recipient: 'WHO' })],
      ],
      'seed-2020',
    );
    const rows = parse(text) as string[][];
    expect(rows[1]).toEqual(HXL_COLUMNS.map((c) => c.tag));
    expect(rows[1]).toEqual([
      '#date',
      '#country+code',
      '#country+name',
      '#org',
      '#region',
      '#item+name',
      '#item+code',
      '#targeted',
      '#reached',
      '#status',
    ]);
    expect(rows.slice(2)).toEqual([
      [
        '2020-03-05',
        'PAK',
        'Pakistan',
        'Ministry of Health',
        'Asia',
        'Surgical mask',
        'mask-surgical',
        '10000',
        '9000',
        'received',
      ],
      [
        '2020-03-05',
        'PAK',
        'Pakistan',
        'Ministry of Health',
        'Asia',
        expect.any(String),
        'gown',
        '10000',
        '0',
        'departed',
      ],
      [
        '2020-03-05',
        '',
        '',
        'World Health Organization',
        '',
        'Surgical mask',
        'mask-surgical',
        '10000',
        '9000',
        'received',
      ],
    ]);
  });

  it('quotes fields with commas and quotes so they parse back unchanged', async () => {
    const consignee = 'NDMA "Pakistan", Islamabad';
    const text = await collect([[supplyRow({ consignee })]], 'un-m49');
    const rows = parse(text) as string[][];
    expect(text).toContain('"NDMA ""Pakistan"", Islamabad"');
    expect(rows[2]![3]).toBe(consignee);
    expect(rows[2]![4]).toBe('Asia');
  });

  it('names the partner a country received through as #org', () => {
    expect(hxlFields(supplyRow({ recipient: 'ITA', via: 'EU' }), 'seed-2020').slice(1, 5)).toEqual([
      'ITA',
      'Italy',
      'European Union',
      'Europe',
    ]);
  });
});
