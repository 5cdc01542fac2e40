import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search } from './search-index';
import { stem, tokenize } from './tokenize';

const docs = [
  {
    id: 'diagnosis-zh',
    title: '新型冠状病毒肺炎诊疗方案（试行第七版）',
    body: '临床表现：以发热、干咳、乏力为主要表现。重型病例多在发病一周后出现呼吸困难。',
  },
  {
    id: 'contacts-zh',
    title: '密切接触者管理方案',
    body: '对密切接触者实行集中或居家医学观察，观察期为14天。',
  },
  {
    id: 'lab-zh',
    title: '实验室检测技术指南',
    body: '采集鼻咽拭子进行核酸检测，实验室应当具备生物安全二级条件。',
  },
  {
    id: 'lab-en',
    title: 'Laboratory testing guide',
    body: 'Nasopharyngeal swabs are tested by RT-PCR. Laboratories need biosafety level 2.',
  },
  {
    id: 'masks-en',
    title: 'Use of masks in the community',
    body: 'Medical masks protect health workers; testing and tracing of contacts remain essential.',
  },
];
const index = buildSearchIndex(docs);
const ids = (q: string): string[] => search(index, q).map((h) => h.id);

describe('tokenize', () => {
  it('cuts Chinese into overlapping two-character terms and English into stemmed words', () => {
    expect(tokenize('核酸检测', 'query')).toEqual(['核酸', '酸检', '检测']);
    expect(tokenize('核酸检测')).toEqual(['核', '酸', '检', '测', '核酸', '酸检', '检测']);
    expect(tokenize('The masks were TESTED', 'query')).toEqual(['mask', 'test']);
    expect(tokenize('RT-PCR 检测 swabs', 'query')).toEqual(['rt', 'pcr', '检测', 'swab']);
    expect(tokenize('肺', 'query')).toEqual(['肺']);
  });

  it('stems plurals and -ing/-ed forms, leaving short words alone', () => {
    expect(
      ['masks', 'studies', 'testing', 'tested', 'stopping', 'class', 'virus', 'used', 'bus'].map(
        stem,
      ),
    ).toEqual(['mask', 'study', 'test', 'test', 'stop', 'class', 'virus', 'used', 'bus']);
  });
});

describe('search', () => {
  it('finds a Chinese document by a two-character term', () => {
    expect(ids('接触')).toEqual(['contacts-zh']);
    expect(ids('核酸')).toEqual(['lab-zh']);
    expect(ids('诊疗')[0]).toBe('diagnosis-zh');
  });

  it('finds a Chinese document by a single character and by a phrase', () => {
    expect(ids('肺')).toEqual(['diagnosis-zh']);
    expect(ids('医学观察')[0]).toBe('contacts-zh');
  });

  it('matches English word forms through stemming and ranks title matches higher', () => {
    expect(ids('mask')).toEqual(['masks-en']);
    const testing = ids('testing');
    expect(testing).toEqual(['lab-en', 'masks-en']);
    expect(ids('laboratories')).toEqual(['lab-en']);
  });

  it('mixes languages in one query and reports the matched terms', () => {
    const hits = search(index, '实验室 laboratory');
    expect(hits.map((h) => h.id).sort()).toEqual(['lab-en', 'lab-zh']);
    expect(hits.find((h) => h.id === 'lab-zh')?.matched).toEqual(['实验', '验室']);
    expect(hits.every((h) => h.score > 0)).toBe(true);
  });

  it('returns nothing for unknown or stop-word-only queries and respects the limit', () => {
    expect(search(index, 'zebra')).toEqual([]);
    expect(search(index, 'the of and')).toEqual([]);
    expect(search(index, '检测 test', 1)).toHaveLength(1);
  });

  it('refuses duplicate ids', () => {
    expect(() => buildSearchIndex([docs[0]!, docs[0]!])).toThrow(
      /duplicate document id "diagnosis-zh"/,
    );
  });
});
