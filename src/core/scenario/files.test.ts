import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../shared/brand';
import { scenarioFiles } from './files';
import { march2020Manifest } from './march-2020';
import type { Scenario } from './types';

const scenario: Scenario = {
  manifest: march2020Manifest(),
  population: { ITA: { population: 60_297_396, year: 2019, source: 'worldbank' } },
  health: {
    ITA: {
      bedsPer1000: 3.4,
      bedsYear: 2012,
      bedsSource: 'WB',
      doctors: 1,
      nurses: 2,
      workforceSource: 'E',
    },
  },
  series: [
    {
      source: 'jhu',
      firstDate: '2020-03-25' as IsoDate,
      lastDate: '2020-03-26' as IsoDate,
      countries: { ITA: { cases: [74_386, 80_589], deaths: [7503, 8215] } },
      world: { cases: [1, 2], deaths: [0, 0] },
    },
  ],
};

describe('scenarioFiles', () => {
  it('names the files and writes compact series, one country per line elsewhere', () => {
    const files = scenarioFiles(scenario);
    expect(Object.keys(files)).toEqual([
      'manifest.json',
      'population.json',
      'health.json',
      'series-jhu.json',
    ]);
    expect(files['series-jhu.json']?.trim().split('\n')).toHaveLength(1);
    expect(files['population.json']).toBe(
      '{\n"ITA":{"population":60297396,"year":2019,"source":"worldbank"}\n}\n',
    );
    for (const text of Object.values(files)) expect(text.endsWith('\n')).toBe(true);
  });

  it('round-trips through JSON.parse and gives the same bytes twice', () => {
    const files = scenarioFiles(scenario);
    expect(JSON.parse(files['series-jhu.json'] ?? '')).toEqual(scenario.series[0]);
    expect(JSON.parse(files['health.json'] ?? '')).toEqual(scenario.health);
    expect(JSON.parse(files['manifest.json'] ?? '')).toEqual(scenario.manifest);
    expect(scenarioFiles(structuredClone(scenario))).toEqual(files);
  });
});

describe('march2020Manifest', () => {
  it('is as of 26 March 2020 on JHU and attributes every source with its licence', () => {
    const m = march2020Manifest();
    expect(m).toMatchObject({ id: 'march-2020', asOf: '2020-03-26', defaultSource: 'jhu' });
    const licences = Object.fromEntries(m.attribution.map((a) => [a.url, a.licence]));
    expect(licences['https://github.com/CSSEGISandData/COVID-19']).toBe('CC BY 4.0');
    expect(licences['https://github.com/owid/covid-19-data']).toBe('CC BY 4.0');
    expect(licences['https://data.worldbank.org']).toBe('CC BY 4.0');
    expect(licences['https://github.com/mledoze/countries']).toBe('ODbL-1.0');
    expect(licences['https://github.com/mrc-ide/esft']).toMatch(/MIT/);
  });
});
