import { describe, expect, it } from 'vitest';
import {
  agreementBody,
  declineBody,
  initialAgreement,
  localDate,
  requestActions,
} from './request-actions';
import type { AidRequest } from './ops.types';

const line = (n: number, item: string, asked: number, agreed: number | null) => ({
  id: `req-zwe.${n}`,
  requestId: 'req-zwe',
  lineNo: n,
  item,
  asked,
  agreed,
  note: null,
  allocated: 0,
  remaining: agreed ?? 0,
});

const request: AidRequest = {
  id: 'req-zwe',
  recipient: 'ZWE',
  recipientName: { en: 'Zimbabwe', zh: '津巴布韦' },
  via: null,
  kind: 'supplies',
  title: 'Test kits and masks',
  description: '',
  status: 'submitted',
  declineReason: null,
  urgency: 'urgent',
  neededBy: null,
  amountUsd: null,
  submittedOn: '2020-03-24',
  agreedBy: null,
  agreedOn: null,
  basis: 'illustrative',
  sourceNote: null,
  lines: [line(1, 'test-kit', 20_000, null), line(2, 'mask-surgical', 100_000, 80_000)],
};

describe('request actions', () => {
  it('offers agree and decline while a request is open, decline once agreed, nothing after', () => {
    expect(requestActions('submitted')).toEqual(['agree', 'decline']);
    expect(requestActions('under-review')).toEqual(['agree', 'decline']);
    expect(requestActions('agreed')).toEqual(['decline']);
    for (const closed of ['partly-allocated', 'fulfilled', 'declined'] as const) {
      expect(requestActions(closed)).toEqual([]);
    }
  });

  it('starts each line at what was asked, or what was agreed before', () => {
    const draft = initialAgreement(request, '2020-03-25');
    expect(draft).toEqual({
      agreedBy: '',
      agreedOn: '2020-03-25',
      lines: { 'req-zwe.1': '20000', 'req-zwe.2': '80000' },
    });
  });

  it('posts quantities as numbers and anything else as typed, for the server to name', () => {
    const draft = initialAgreement(request, '2020-03-25');
    draft.agreedBy = 'MOFCOM and the Ministry of Health';
    draft.lines['req-zwe.1'] = '12000';
    draft.lines['req-zwe.2'] = 'many';
    expect(agreementBody(draft)).toEqual({
      agreedBy: 'MOFCOM and the Ministry of Health',
      agreedOn: '2020-03-25',
      lines: [
        { line: 'req-zwe.1', agreed: 12_000 },
        { line: 'req-zwe.2', agreed: 'many' },
      ],
    });
    expect(agreementBody({ ...draft, agreedOn: ' ' })).not.toHaveProperty('agreedOn');
  });

  it('declines with the reason as typed and dates in local time', () => {
    expect(declineBody('Covered by another donor')).toEqual({
      status: 'declined',
      reason: 'Covered by another donor',
    });
    expect(localDate(new Date(2020, 2, 5, 23, 30))).toBe('2020-03-05');
  });
});
