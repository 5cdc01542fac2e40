import { describe, expect, it } from 'vitest';
import {
  EMPTY_EXPERTS_STATE,
  guidancePathToSearch,
  parseExpertsUrl,
  serializeExpertsUrl,
} from './experts-url';

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

  it("turns the feed's guidance links into the guidance page with that version's changes open", () => {
    const search = guidancePathToSearch('/guidance/diagnosis-treatment-plan/versions/7/zh');
    expect(search).toBe(
      '?view=experts&ex=guidance&doc=diagnosis-treatment-plan&diff=6-7&doc-lang=zh',
    );
    expect(parseExpertsUrl(search ?? '')).toMatchObject({
      tab: 'guidance',
      doc: 'diagnosis-treatment-plan',
      versions: [6, 7],
      docLang: 'zh',
    });
    expect(guidancePathToSearch('/guidance/lab/versions/1')).toBe(
      '?view=experts&ex=guidance&doc=lab',
    );
    expect(guidancePathToSearch('/guidance/../versions/1')).toBeNull();
    expect(guidancePathToSearch('/api/guidance/feed.atom')).toBeNull();
  });
});
