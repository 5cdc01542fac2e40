import { describe, expect, it } from 'vitest';
import { inboxOrder, openForPlanning } from './batch-scope';
import type { AidRequest, RequestLine } from './ops.types';

const line = (remaining: number): RequestLine => ({
  id: 'l',
  requestId: 'r',
  lineNo: 1,
  item: 'ventilator',
  asked: 100,
  agreed: 100,
  note: null,
  allocated: 100 - remaining,
  remaining,
});

const request = (id: string, patch: Partial<AidRequest>): AidRequest => ({
  id,
  recipient: 'PAK',
  recipientName: { en: 'Pakistan', zh: '巴基斯坦' },
  via: null,
  kind: 'supplies',
  title: id,
  description: '',
  status: 'agreed',
  declineReason: null,
  urgency: 'urgent',
  neededBy: null,
  amountUsd: null,
  submittedOn: '2020-03-20',
  agreedBy: 'CIDCA',
  agreedOn: '2020-03-21',
  basis: 'seed',
  sourceNote: null,
  lines: [line(100)],
  ...patch,
});

describe('requests a batch can plan for', () => {
  it('are agreed supplies requests with units left, oldest first', () => {
    const open = openForPlanning([
      request('late', { submittedOn: '2020-03-25' }),
      request('partly', { status: 'partly-allocated', submittedOn: '2020-03-22' }),
      request('submitted', { status: 'submitted' }),
      request('team', { kind: 'expert-team', lines: [] }),
      request('done', { lines: [line(0)] }),
      request('declined', { status: 'declined' }),
    ]);
    expect(open.map((r) => r.id)).toEqual(['partly', 'late']);
  });
});

describe('inbox order', () => {
  it('puts what needs action first, newest first within a status', () => {
    const order = inboxOrder([
      request('old-done', { status: 'fulfilled', submittedOn: '2020-03-01' }),
      request('agreed-old', { submittedOn: '2020-03-02' }),
      request('new', { status: 'submitted', submittedOn: '2020-03-24' }),
      request('agreed-new', { submittedOn: '2020-03-22' }),
      request('no', { status: 'declined', submittedOn: '2020-03-25' }),
    ]);
    expect(order.map((r) => r.id)).toEqual(['new', 'agreed-new', 'agreed-old', 'old-done', 'no']);
  });
});
