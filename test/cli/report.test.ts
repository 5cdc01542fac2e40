// `tongzhou report` in process (the real command tree from buildCli, on an embedded demo database in a
// temp folder): Markdown with the seed's sentence, tidy CSV that adds up, JSON, and a bad grouping refused.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/reporting';
import { tongzhouInProcess, useCliDataDir } from './in-process';

useCliDataDir('demo', { TONGZHOU_DEMO: undefined });

const tongzhou = tongzhouInProcess;

const SEED =
  'Four batches to 89 countries and 4 international organisations: 28 in Asia, 16 in Europe, ' +
  '26 in Africa, 9 in the Americas and 10 in the South Pacific.';

describe('tongzhou report', () => {
  it("prints Markdown with the seed's sentence in both languages and a table per breakdown", async () => {
    const { out, error } = await tongzhou(['report']);
    expect(error).toBe('');
    expect(out).toContain(`> ${SEED}`);
    expect(out).toContain('> 已分四批向89个国家和4个国际组织提供抗疫援助');
    expect(out).toMatch(/\| Asia \| 亚洲 \| 28 \|/);
    for (const h of [
      '## By region',
      '## By batch',
      '## By form of aid',
      '## By item',
      '## By week',
    ])
      expect(out).toContain(h);
  });

  it('prints tidy CSV whose figures are the JSON report’s', async () => {
    const json = JSON.parse((await tongzhou(['report', '--format', 'json'])).out) as Report;
    const csv = (await tongzhou(['report', '--format', 'csv'])).out.split('\n');
    expect(csv[0]).toBe('section,key,name,measure,value');
    const value = (section: string, key: string, measure: string) =>
      Number(
        csv
          .find((l) => l.startsWith(`${section},${key},`) && l.split(',').at(-2) === measure)
          ?.split(',')
          .at(-1),
      );
    expect(value('totals', '', 'countries')).toBe(json.totals.countries);
    expect(value('region:seed-2020', 'africa', 'countries')).toBe(26);
    const masks = json.items.find((i) => i.item === 'mask-surgical')!;
    expect(value('item', 'mask-surgical', 'allocated')).toBe(masks.units.allocated);
    expect(csv.filter((l) => l.startsWith('week,')).length).toBe(json.weeks.length * 4);
  });

  it('reports under UN M49 when asked, and refuses an unknown grouping by name', async () => {
    const json = JSON.parse(
      (await tongzhou(['report', '--grouping', 'un-m49', '--format', 'json'])).out,
    ) as Report;
    expect(json.grouping.id).toBe('un-m49');
    expect(json.totals.countries).toBe(89);
    const bad = await tongzhou(['report', '--grouping', 'continents']);
    expect(bad.out).toBe('');
    expect(bad.error).toMatch(/continents/);
    expect(bad.error).toMatch(/seed-2020/);
    expect(bad.error).not.toMatch(/\n\s+at /);
  });
});
