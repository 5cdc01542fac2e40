import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/core/allocation';
import { SPECIALTIES } from '../../../src/core/experts/types';
import { serializeExpertsUrl } from '../experts/experts-url';
import { serializeUrlState } from '../lib/url-state';
import { serializeOpsUrl } from '../operations/ops-url';
import { REQUEST_KINDS, REQUEST_STATUSES } from '../operations/ops.types';
import { RECIPIENT_SORT_KEYS, REPORT_GROUPINGS, serializeReportUrl } from '../report/report-url';
import {
  APP_VIEWS,
  parsePlanUrl,
  parseView,
  serializePlanUrl,
  VIEW_KEYS,
  withView,
  type AppView,
} from './plan-url';
import { knobsOf, withWeight } from './policy-knobs';
import { planInputUrl } from './use-plan-input';

describe('planning URL state', () => {
  it('knows the planning view and keeps other parameters when switching', () => {
    expect(parseView('?view=plan&lang=zh')).toBe('plan');
    expect(parseView('?view=other')).toBe('situation');
    expect(parseView('?view=report&lang=zh')).toBe('report');
    expect(withView('?view=plan&pick=ITA&lang=zh', 'ops')).toBe('?view=ops&lang=zh');
    expect(parseView('')).toBe('situation');
    expect(withView('?lang=zh', 'plan')).toBe('?lang=zh&view=plan');
    expect(withView('?lang=zh&view=plan&pick=ITA&w=1.2.3.4.5', 'situation')).toBe('?lang=zh');
  });

  it('round-trips item, recipient and moved sliders', () => {
    const knobs = withWeight(knobsOf(DEFAULT_POLICY), 'severity', 70);
    const search = serializePlanUrl(
      { item: 'ventilator', pick: 'PAK', knobs, ship: null },
      '?view=plan&lang=en',
    );
    expect(search).toBe('?view=plan&lang=en&item=ventilator&pick=PAK&w=70.30.20.15.10');
    expect(parsePlanUrl(search)).toEqual({ item: 'ventilator', pick: 'PAK', knobs, ship: null });
  });

  it('drops what is unset and ignores values that are not ids', () => {
    expect(
      serializePlanUrl({ item: null, pick: null, knobs: null, ship: null }, '?view=plan&pick=ITA'),
    ).toBe('?view=plan');
    expect(parsePlanUrl('?pick=<script>&item=&w=9.9')).toEqual({
      item: null,
      pick: null,
      knobs: null,
      ship: null,
    });
  });
});

describe('ship date', () => {
  it('is read as whole days after the plan date, and written back', () => {
    expect(parsePlanUrl('?ship=0').ship).toBe(0);
    expect(parsePlanUrl('?ship=14').ship).toBe(14);
    expect(parsePlanUrl('?ship=-1').ship).toBeNull();
    expect(parsePlanUrl('?ship=400').ship).toBeNull();
    expect(serializePlanUrl({ item: null, pick: null, knobs: null, ship: 0 }, '?view=plan')).toBe(
      '?view=plan&ship=0',
    );
  });

  it('asks the API for the ship date once the plan date is known', () => {
    expect(planInputUrl(null, 0)).toBe('/api/allocations/input');
    expect(planInputUrl('2020-03-26', null)).toBe('/api/allocations/input');
    expect(planInputUrl('2020-03-26', 0)).toBe(
      '/api/allocations/input?date=2020-03-26&shipDate=2020-03-26',
    );
    expect(planInputUrl('2020-03-26', 14)).toBe(
      '/api/allocations/input?date=2020-03-26&shipDate=2020-04-09',
    );
  });
});

/** The parameter names a view's own URL writer sets when every part of its state is chosen. */
function writtenKeys(view: AppView): string[] {
  const knobs = withWeight(knobsOf(DEFAULT_POLICY), 'severity', 70);
  const search: Record<AppView, string> = {
    situation: serializeUrlState({
      lang: null,
      country: 'ITA',
      source: null,
      metric: 'doubling',
      tab: 'forecast',
    }),
    plan: serializePlanUrl({ item: 'ventilator', pick: 'PAK', knobs, ship: 3 }),
    ops: serializeOpsUrl({
      tab: 'trace',
      batch: 'B-7',
      compare: 'B-8',
      line: 'L-1',
      request: 'R-1',
      status: REQUEST_STATUSES[0] ?? null,
      recipient: 'PAK',
      kind: REQUEST_KINDS[0] ?? null,
    }),
    experts: serializeExpertsUrl({
      tab: 'guidance',
      specialty: SPECIALTIES[0] ?? null,
      language: 'fr',
      availableOn: '2020-04-01',
      deployment: 'D-1',
      doc: 'G-1',
      versions: [1, 2],
      docLang: 'zh',
      q: 'masks',
    }),
    report: serializeReportUrl({
      grouping: REPORT_GROUPINGS[0] ?? null,
      q: 'masks',
      region: 'europe',
      batch: 2,
      form: 'cash',
      sort: { key: RECIPIENT_SORT_KEYS[0] ?? 'value', desc: true },
      colour: 'batch',
    }),
  };
  return [...new URLSearchParams(search[view]).keys()].sort();
}

describe('leaving a view', () => {
  it('knows every parameter each view writes', () => {
    for (const view of APP_VIEWS) expect([...VIEW_KEYS[view]].sort()).toEqual(writtenKeys(view));
  });

  it('drops the keys of the view being left, even ones the next view also uses', () => {
    expect(withView('?view=ops&batch=B-7&ops=board&lang=zh', 'report')).toBe(
      '?view=report&lang=zh',
    );
    expect(withView('?view=report&batch=2&grouping=region&lang=en', 'ops')).toBe(
      '?view=ops&lang=en',
    );
    expect(withView('?view=experts&ex=sessions&doc=G-1&ex-q=masks&source=owid', 'situation')).toBe(
      '?source=owid',
    );
    expect(withView('?country=ITA&metric=doubling&tab=forecast&lang=zh', 'plan')).toBe(
      '?lang=zh&view=plan',
    );
    expect(withView('?view=report&q=masks&sort=-value&colour=batch', 'experts')).toBe(
      '?view=experts',
    );
  });

  it("keeps the view's own keys while it stays open, and drops other views' strays", () => {
    expect(withView('?view=ops&ops=board&batch=B-7&rq-kind=cash', 'ops')).toBe(
      '?view=ops&ops=board&batch=B-7&rq-kind=cash',
    );
    expect(withView('?view=report&batch=2&country=ITA&pick=PAK&ex=teams', 'report')).toBe(
      '?view=report&batch=2',
    );
    expect(withView('?country=ITA&tab=forecast&ops=board', 'situation')).toBe(
      '?country=ITA&tab=forecast',
    );
  });

  it('keeps parameters no view owns', () => {
    expect(withView('?view=ops&ops=board&utm=mail&lang=en', 'plan')).toBe(
      '?view=plan&utm=mail&lang=en',
    );
  });
});
