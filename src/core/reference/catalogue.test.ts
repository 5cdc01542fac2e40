import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, ITEM_IDS, itemById } from './catalogue';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const equipmentCsv = path.resolve(repoRoot, '../shared/data', 'esft/equipment.csv');
const haveEsft = fs.existsSync(equipmentCsv);
if (!haveEsft) console.log(`skipping ESFT catalogue checks: ${equipmentCsv} is absent`);

describe('CATALOGUE', () => {
  it('has exactly the fixed item ids, in order', () => {
    expect(CATALOGUE.map((i) => i.id)).toEqual([...ITEM_IDS]);
    expect(itemById('ventilator')?.nameZh).toBe('呼吸机');
    expect(itemById('mask')).toBeUndefined();
  });

  it('uses the seed’s Chinese terms', () => {
    const zh = (id: string) => itemById(id)?.nameZh ?? '';
    expect(zh('test-pcr')).toContain('检测试剂');
    expect(zh('mask-surgical')).toBe('医用外科口罩');
    expect(zh('respirator-n95')).toBe('N95口罩');
    expect(zh('gown')).toBe('防护服');
    expect(zh('goggles')).toContain('隔离眼罩');
    expect(zh('thermometer-ir')).toBe('额温枪');
    expect(zh('gloves-exam')).toBe('医用手套');
    expect(zh('shoe-covers')).toBe('鞋套');
  });

  it('has positive, finite pack figures and prices, marked illustrative', () => {
    for (const i of CATALOGUE) {
      expect(Number.isInteger(i.packSize) && i.packSize > 0, i.id).toBe(true);
      for (const v of [i.packWeightKg, i.packVolumeM3, i.referencePriceUsd]) {
        expect(Number.isFinite(v) && v > 0, i.id).toBe(true);
      }
      expect(i.packSource).toBe('illustrative');
      expect(i.sources.pack).toMatch(/^illustrative/);
      expect(i.sources.price.length).toBeGreaterThan(0);
    }
  });

  it('has units that fit the item: gloves and shoe covers in pairs, kits in tests', () => {
    const unit = (id: string) => itemById(id)?.unit;
    expect([unit('gloves-exam'), unit('shoe-covers')]).toEqual(['pair', 'pair']);
    expect([unit('test-pcr'), unit('test-antigen')]).toEqual(['test', 'test']);
    for (const i of CATALOGUE.filter((x) => x.group === 'biomedical')) expect(i.unit).toBe('unit');
  });

  it('says where a price is not from the ESFT', () => {
    for (const i of CATALOGUE) {
      if (i.esftItem === null) expect(i.priceBasis, i.id).toBe('illustrative');
      if (i.priceBasis === 'illustrative') expect(i.sources.price, i.id).toMatch(/^illustrative/);
      else expect(i.sources.price, i.id).toMatch(/ESFT/);
    }
  });
});

interface EsftRow {
  item: string;
  unit: string;
  reusable: string;
  price: string;
}

describe.skipIf(!haveEsft)('CATALOGUE against the staged ESFT equipment sheet', () => {
  const rows: EsftRow[] = haveEsft
    ? parse(fs.readFileSync(equipmentCsv), {
        columns: true,
        skip_empty_lines: true,
        relax_column_count: true, // the ESFT export drops trailing empty cells
      })
    : [];
  const byItem = new Map(rows.map((r) => [r.item, r]));

  it('maps every esftItem to an existing row with the same price and reusability', () => {
    const mapped = CATALOGUE.filter((i) => i.esftItem !== null);
    expect(mapped.length).toBeGreaterThanOrEqual(10);
    for (const i of mapped) {
      const row = byItem.get(i.esftItem ?? '');
      expect(row, `${i.id}: "${i.esftItem}" not in equipment.csv`).toBeDefined();
      if (!row) continue;
      expect(i.reusable, i.id).toBe(row.reusable === 'Yes');
      if (row.price === '') {
        expect(i.priceBasis, `${i.id}: ESFT row has no price`).toBe('illustrative');
      } else {
        expect(i.priceBasis, i.id).toBe('esft');
        expect(i.referencePriceUsd, i.id).toBe(Number(row.price));
      }
    }
  });

  it('uses the ESFT unit: pairs for pairs, tests for 1T/kit', () => {
    const expected: Record<string, string[]> = {
      Pair: ['pair'],
      '1T/kit': ['test'],
      Each: ['piece', 'unit'],
    };
    for (const i of CATALOGUE) {
      const row = byItem.get(i.esftItem ?? '');
      if (row) expect(expected[row.unit], `${i.id} (${row.unit})`).toContain(i.unit);
    }
  });
});
