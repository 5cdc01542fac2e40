import { describe, expect, it } from 'vitest';
import { forecastNeeds } from '../../../src/core/forecast';
import { CSV_COLUMNS, basisText, csvField, csvFileName, forecastCsv, toCsv } from './forecast-csv';
import type { CsvBasis } from './forecast-csv';
import { needRows } from './need-rows';
import { testInput } from './test-input';

const basis: CsvBasis = {
  iso3: 'ITA',
  asOf: '2020-03-26',
  source: 'jhu',
  scenario: 'central',
  weeks: 6,
  rate: 0.087,
  whatIf: false,
};

/** Splits one CSV line into its fields, undoing RFC 4180 quoting. */
function parseLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else {
      field += c;
    }
  }
  return [...fields, field];
}

describe('csvField and toCsv', () => {
  it('quotes only fields that need it and doubles inner quotes', () => {
    expect(csvField('gown')).toBe('gown');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('ends every line with CRLF', () => {
    expect(
      toCsv([
        ['a', 1],
        ['b', true],
      ]),
    ).toBe('a,1\r\nb,true\r\n');
  });
});

describe('forecastCsv', () => {
  const rows = needRows(forecastNeeds(testInput()), testInput().stock);
  const csv = forecastCsv(rows, basis);
  const lines = csv.trimEnd().split('\r\n').map(parseLine);
  const header = lines[0] ?? [];
  const col = (name: (typeof CSV_COLUMNS)[number]) => header.indexOf(name);

  it('has a header, one row per item and week, and one total row per item', () => {
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(lines).toHaveLength(1 + 12 * 6 + 12);
    for (const line of lines) expect(line).toHaveLength(CSV_COLUMNS.length);
  });

  it('writes the figures of the table, with their band and the stock counted', () => {
    const masks = lines.filter((l) => l[col('item_id')] === 'mask-surgical');
    const mask = rows.find((r) => r.id === 'mask-surgical');
    expect(masks).toHaveLength(7);
    const week3 = masks.find((l) => l[col('week')] === '3');
    expect(week3?.[col('week_start')]).toBe('2020-04-10');
    expect(Number(week3?.[col('gross')])).toBe(mask?.weeks[2]?.gross.value);
    expect(Number(week3?.[col('net_high')])).toBe(mask?.weeks[2]?.net.high);
    const total = masks.find((l) => l[col('week')] === 'total');
    expect(Number(total?.[col('net')])).toBe(mask?.net.value);
    expect(total?.[col('stock_on_hand')]).toBe('1000000');
    expect(total?.[col('item_zh')]).toBe('医用外科口罩');
    const ventilator = lines.find(
      (l) => l[col('item_id')] === 'ventilator' && l[col('week')] === 'peak',
    );
    expect(ventilator?.[col('reusable')]).toBe('true');
  });

  it('says on every row that it is a forecast and what it is based on', () => {
    for (const line of lines.slice(1)) {
      expect(line[col('figure')]).toBe('forecast');
      expect(line[col('basis')]).toBe(basisText(basis));
    }
    expect(basisText(basis)).toContain('8.70 % a day (fitted)');
    expect(basisText(basis)).toContain('2020-03-26 (jhu)');
    const whatIf = forecastCsv(rows, { ...basis, whatIf: true, rate: 0.12 });
    expect(whatIf).toContain('what-if forecast,ITA');
    expect(whatIf).toContain('12.00 % a day (what-if)');
  });

  it('names the file after the country, date, scenario and horizon', () => {
    expect(csvFileName(basis)).toBe('tongzhou-forecast-ITA-2020-03-26-central-6w.csv');
    expect(csvFileName({ ...basis, whatIf: true, scenario: 'high' })).toBe(
      'tongzhou-forecast-ITA-2020-03-26-high-6w-what-if.csv',
    );
  });
});
