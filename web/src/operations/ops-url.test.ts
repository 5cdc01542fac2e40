import { describe, expect, it } from 'vitest';
import { EMPTY_OPS_STATE, opsHref, parseOpsUrl, serializeOpsUrl } from './ops-url';

describe('operations URL state', () => {
  it('round-trips the page, batch, compared draft, traced line and inbox filters', () => {
    const state = {
      ...EMPTY_OPS_STATE,
      tab: 'batches' as const,
      batch: 'batch-058a50006758',
      compare: 'batch-4',
      status: 'agreed' as const,
      recipient: 'PAK',
      kind: 'supplies' as const,
    };
    const search = serializeOpsUrl(state, '?view=ops&lang=zh');
    expect(search).toBe(
      '?view=ops&lang=zh&ops=batches&batch=batch-058a50006758&compare=batch-4&rq-status=agreed&rq-recipient=PAK&rq-kind=supplies',
    );
    expect(parseOpsUrl(search)).toEqual(state);
  });

  it('leaves the default page and unset values out, keeping other parameters', () => {
    expect(serializeOpsUrl(EMPTY_OPS_STATE, '?view=ops&ops=board&batch=b-1&lang=en')).toBe(
      '?view=ops&lang=en',
    );
    expect(parseOpsUrl('')).toEqual(EMPTY_OPS_STATE);
  });

  it('ignores unknown pages, filters and values that are not ids', () => {
    expect(
      parseOpsUrl('?ops=admin&batch=<script>&rq-status=lost&rq-kind=gold&rq-recipient=1&line='),
    ).toEqual(EMPTY_OPS_STATE);
    expect(parseOpsUrl('?rq-recipient=pak').recipient).toBe('PAK');
  });

  it('links to another page, keeping the view, language and what else is chosen', () => {
    expect(
      opsHref({ tab: 'trace', line: 'req-pak-2020-03.5' }, '?view=ops&lang=zh&ops=board&batch=b-5'),
    ).toBe('?view=ops&lang=zh&ops=trace&batch=b-5&line=req-pak-2020-03.5');
    expect(opsHref({ tab: 'batches', batch: 'b-4' }, '?view=ops&ops=trace&line=l.1')).toBe(
      '?view=ops&ops=batches&line=l.1&batch=b-4',
    );
  });
});
