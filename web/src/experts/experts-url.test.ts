import { describe, expect, it } from 'vitest';
import { EMPTY_EXPERTS_STATE, parseExpertsUrl, serializeExpertsUrl } from './experts-url';

describe('experts URL state', () => {
  it('reads nothing from an empty query: the roster, no filters', () => {
    expect(parseExpertsUrl('')).toEqual(EMPTY_EXPERTS_STATE);
  });

  it('round-trips every field and keeps the parameters of the rest of the app', () => {
    const state = {
      tab: 'guidance' as const,
      specialty: 'epidemiology',
      language: 'fa',
      availableOn: '2020-04-01',
      deployment: 'dep-irn-1',
      doc: 'diagnosis-treatment-plan',
      versions: [6, 7] as [number, number],
      docLang: 'zh',
      q: '恢复期血浆',
    };
    const search = serializeExpertsUrl(state, '?view=experts&lang=zh');
    const params = new URLSearchParams(search);
    expect(params.get('view')).toBe('experts');
    expect(params.get('lang')).toBe('zh');
    expect(params.get('ex')).toBe('guidance');
    expect(params.get('diff')).toBe('6-7');
    expect(parseExpertsUrl(search)).toEqual(state);
  });

  it('leaves the default page and empty fields out of the link', () => {
    const search = serializeExpertsUrl(
      { ...EMPTY_EXPERTS_STATE, specialty: 'tcm' },
      '?view=experts&ex=sessions&doc=x',
    );
    expect(search).toBe('?view=experts&ex-sp=tcm');
  });

  it('ignores unknown pages, specialties, impossible dates and malformed versions', () => {
    const state = parseExpertsUrl(
      '?ex=admin&ex-sp=surgery&ex-on=2020-02-30&diff=7-7&doc=../etc&ex-lang=English',
    );
    expect(state).toEqual(EMPTY_EXPERTS_STATE);
  });

  it('orders the compared versions older first', () => {
    expect(parseExpertsUrl('?diff=7-3').versions).toEqual([3, 7]);
  });
});
