import { describe, expect, it } from 'vitest';
import { headlineEn, headlineZh, listEn, numberWordEn, numberWordZh } from './headline';

const regions = [
  { id: 'asia', nameEn: 'Asia', nameZh: '亚洲', countries: 1 },
  { id: 'europe', nameEn: 'Europe', nameZh: '欧洲', countries: 0 },
  { id: 'americas', nameEn: 'Americas', nameZh: '美洲', countries: 2 },
];

describe('headline', () => {
  it('writes small batch counts as words and other counts as digits, singular where one', () => {
    expect(headlineEn({ batches: 1, countries: 3, organisations: 1, regions })).toBe(
      'One batch to 3 countries and 1 international organisation: 1 in Asia and 2 in the Americas.',
    );
    expect(headlineZh({ batches: 1, countries: 3, organisations: 1, regions })).toBe(
      '已向3个国家和1个国际组织提供一批抗疫援助，其中亚洲1国、美洲2国。',
    );
    expect(headlineZh({ batches: 2, countries: 3, organisations: 0, regions })).toBe(
      '已分两批向3个国家提供抗疫援助，其中亚洲1国、美洲2国。',
    );
    expect(headlineEn({ batches: 13, countries: 0, organisations: 2, regions: [] })).toBe(
      '13 batches to 2 international organisations.',
    );
  });

  it('says so when there is nothing, and names aid without batches', () => {
    expect(headlineEn({ batches: 0, countries: 0, organisations: 0, regions: [] })).toMatch(
      /^No aid/,
    );
    expect(headlineZh({ batches: 0, countries: 0, organisations: 0, regions: [] })).toBe(
      '尚无获批的援助。',
    );
    expect(headlineEn({ batches: 0, countries: 0, organisations: 1, regions: [] })).toBe(
      'Aid to 1 international organisation.',
    );
  });

  it('joins lists and spells numbers', () => {
    expect(listEn(['a'])).toBe('a');
    expect(listEn(['a', 'b', 'c'])).toBe('a, b and c');
    expect([numberWordEn(4), numberWordEn(12), numberWordEn(40)]).toEqual(['four', 'twelve', '40']);
    expect([numberWordZh(2), numberWordZh(5), numberWordZh(11)]).toEqual(['两', '五', '11']);
  });
});
