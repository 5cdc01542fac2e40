import { describe, expect, it } from 'vitest';
import { attributionOf, startsWithSeries } from './attribution';

const attribution = [
  {
    name: 'COVID-19 Data Repository by the Center for Systems Science and Engineering (CSSE) at Johns Hopkins University',
    licence: 'CC BY 4.0',
    url: 'https://github.com/CSSEGISandData/COVID-19',
  },
  {
    name: 'Our World in Data, COVID-19 dataset',
    licence: 'CC BY 4.0',
    url: 'https://github.com/owid/covid-19-data',
  },
  { name: 'World Bank', licence: 'CC BY 4.0', url: 'https://data.worldbank.org' },
];
const sources = [
  { id: 'jhu' as const, name: 'JHU', firstDate: '2020-01-22', lastDate: '2020-03-26' },
  { id: 'owid' as const, name: 'OWID', firstDate: '2019-12-31', lastDate: '2020-03-26' },
];

describe('attribution', () => {
  it('finds the entry of each case source', () => {
    expect(attributionOf(attribution, 'jhu')?.url).toContain('CSSEGISandData');
    expect(attributionOf(attribution, 'owid')?.url).toContain('owid');
    expect(attributionOf(attribution.slice(2), 'jhu')).toBeUndefined();
  });

  it('notices milestones that start on the first day of the series', () => {
    expect(startsWithSeries('2020-01-22', sources, 'jhu')).toBe(true);
    expect(startsWithSeries('2019-12-31', sources, 'owid')).toBe(true);
    expect(startsWithSeries('2020-01-05', sources, 'owid')).toBe(false);
    expect(startsWithSeries(null, sources, 'jhu')).toBe(false);
  });
});
