// The operations pages' actions in a real Chromium against the real server and its demo operation,
// signed in as the demo coordinator: a submitted request is agreed in part from the inbox (refused first
// without who agreed, field named), another is declined (refused first without a reason) and the inbox
// shows both as the API stores them; on the consignments board a received event is corrected (refused
// first without a reason): the correction is a new event in the log, the original stays as it was, and
// GET /api/trace/{id} shows the correction and the corrected signatory.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Trace } from '../../src/services/trace.service';
import type {
  AidRequest,
  BatchRow,
  Consignment,
  ConsignmentEvent,
} from '../../web/src/operations/ops.types';
import { openBrowser, type BrowserTest, type JsonApi } from './browser';
import type { RunningServer } from './server';
import { signIn } from './sign-in';

let server: RunningServer;
let e2e: BrowserTest | undefined;
let browser: Browser;
let page: Page;
/** GET calls as the coordinator. */
let api: JsonApi;
let pageErrors: string[] = [];
const eventIds: string[] = [];

const en = (n: number) => new Intl.NumberFormat('en-GB').format(n);
const testId = (id: string) => page.locator(`[data-testid="${id}"]`);

/** The demo's requests still open to agreement (submitted or under review) that have item lines. */
let open: AidRequest[] = [];
/** The consignment whose receipt was corrected, and its batch. */
let corrected: { batch: string; consignment: string } | null = null;

beforeAll(async () => {
  e2e = await openBrowser({ role: 'coordinator' });
  ({ server, browser, page, api, pageErrors } = e2e);
  page.on('request', (request) => {
    if (request.method() === 'POST' && /\/api\/consignments\/[^/]+\/events$/.test(request.url())) {
      eventIds.push((request.postDataJSON() as { id: string }).id);
    }
  });
  const { requests } = await api<{ requests: AidRequest[] }>('/api/requests');
  open = requests.filter(
    (r) => (r.status === 'submitted' || r.status === 'under-review') && r.lines.length > 0,
  );
});

afterAll(() => e2e?.close());

describe('operations actions', () => {
  it('agrees part of a request from the inbox and shows the agreed quantity', async () => {
    expect(open.length, 'the demo has two open requests with lines').toBeGreaterThanOrEqual(2);
    const r = open[0]!;
    const [first, ...rest] = r.lines;
    await page.goto(`${server.url}/?view=ops&lang=en&request=${encodeURIComponent(r.id)}`);
    await testId(`req-agree-${r.id}`).click();
    // Without who agreed, the server refuses and the page names the field; nothing changes.
    await testId('agree-form-save').click();
    const refusal = testId('agree-form').locator('[data-testid=ops-refusal]');
    await refusal.waitFor();
    expect(await refusal.locator('[data-field]').getAttribute('data-field')).toBe('agreedBy');
    expect((await api<AidRequest>(`/api/requests/${r.id}`)).status).toBe(r.status);

    const part = Math.floor(first!.asked / 2);
    await testId('agree-by').fill('MOFCOM and the Ministry of Health (browser test)');
    await testId(`agree-qty-${first!.id}`).fill(String(part));
    await testId('agree-form-save').click();
    await testId(`req-notice-${r.id}`).waitFor();
    const agreed = part + rest.reduce((s, l) => s + l.asked, 0);
    const asked = r.lines.reduce((s, l) => s + l.asked, 0);
    expect(await testId(`req-notice-${r.id}`).textContent()).toBe(
      `Agreed: ${en(agreed)} of ${en(asked)} units asked.`,
    );
    await expect.poll(() => testId(`line-agreed-${first!.id}`).textContent()).toBe(en(part));
    const stored = await api<AidRequest>(`/api/requests/${r.id}`);
    expect(stored).toMatchObject({
      status: 'agreed',
      agreedBy: 'MOFCOM and the Ministry of Health (browser test)',
    });
    expect(stored.lines.map((l) => l.agreed)).toEqual([part, ...rest.map((l) => l.asked)]);
    for (const l of rest) {
      expect(await testId(`line-agreed-${l.id}`).textContent()).toBe(en(l.asked));
    }
    const row = page.locator(`tbody[data-request="${r.id}"]`);
    expect(await row.locator('[data-status]').first().getAttribute('data-status')).toBe('agreed');
    // An agreed request can no longer be agreed again, only declined.
    expect(await testId(`req-agree-${r.id}`).count()).toBe(0);
    expect(await testId(`req-decline-${r.id}`).count()).toBe(1);
  });

  it('declines another request with a reason and shows it', async () => {
    const r = open[1]!;
    await testId(`open-${r.id}`).click();
    await testId(`req-decline-${r.id}`).click();
    await testId('decline-form-save').click();
    const refusal = testId('decline-form').locator('[data-testid=ops-refusal]');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('a declined request needs a reason');
    expect(await refusal.locator('[data-field]').getAttribute('data-field')).toBe('reason');
    expect((await api<AidRequest>(`/api/requests/${r.id}`)).status).toBe(r.status);

    const reason = 'Covered by another donor this week (browser test)';
    await testId('decline-reason').fill(reason);
    await testId('decline-form-save').click();
    await testId(`declined-${r.id}`).waitFor();
    expect(await testId(`declined-${r.id}`).textContent()).toBe(`Declined: ${reason}`);
    expect(await testId(`req-notice-${r.id}`).textContent()).toBe('Declined.');
    expect(await api<AidRequest>(`/api/requests/${r.id}`)).toMatchObject({
      status: 'declined',
      declineReason: reason,
    });
    expect(await testId(`req-actions-${r.id}`).locator('button').count()).toBe(0);
  });

  it('corrects a received event from the board: a new event in the log and in the trace', async () => {
    // A demo consignment with a signed receipt and a request line to trace.
    const { batches } = await api<{ batches: BatchRow[] }>('/api/batches?status=approved');
    let found: { batch: string; c: Consignment; received: ConsignmentEvent } | null = null;
    for (const b of batches) {
      const { consignments } = await api<{ consignments: Consignment[] }>(
        `/api/consignments?batch=${b.id}`,
      );
      const c = consignments.find(
        (x) => x.events.some((e) => e.kind === 'received') && x.lines[0]?.requestLineId,
      );
      if (c) {
        found = { batch: b.id, c, received: c.events.find((e) => e.kind === 'received')! };
        break;
      }
    }
    expect(found, 'the demo has a received consignment').not.toBeNull();
    const { batch, c, received } = found!;
    const lineId = c.lines[0]!.requestLineId!;
    const before = await api<Trace>(`/api/trace/${lineId}`);

    await page.goto(`${server.url}/?view=ops&ops=board&lang=en&batch=${encodeURIComponent(batch)}`);
    const card = testId(`cons-${c.id}`);
    await card.waitFor({ timeout: 30_000 });
    await testId(`cons-log-${c.id}`).locator('summary').click();
    await testId(`ev-correct-${received.id}`).click();
    const form = testId('cor-form');
    expect(await form.locator('[data-testid=cor-signedBy]').inputValue()).toBe(
      received.payload['signedBy'],
    );
    // Without a reason the server refuses, naming the field; the log is unchanged.
    const signer = 'Deputy receiving officer (browser test)';
    await testId('cor-signedBy').fill(signer);
    await testId('cor-post').click();
    const refusal = form.locator('[data-testid=ops-refusal]');
    await refusal.waitFor();
    expect(await refusal.locator('[data-field]').getAttribute('data-field')).toBe('payload.reason');
    expect((await api<Consignment>(`/api/consignments/${c.id}`)).events).toHaveLength(
      c.events.length,
    );

    const reason = 'The deputy signed the receipt, not the officer (browser test)';
    await testId('cor-reason').fill(reason);
    await testId('cor-post').click();
    const correction = card.locator('li[data-kind=correction]');
    await correction.waitFor();
    expect(await correction.textContent()).toContain(
      `Correction of "received" (#${received.seq}): ${reason} · ${signer}`,
    );
    await testId(`ev-corrected-${received.id}`).waitFor();
    expect(await card.locator(`li[data-event="${received.id}"]`).textContent()).toContain(signer);
    expect(await testId(`cons-notice-${c.id}`).textContent()).toBe('Recorded: correction.');

    // Stored as a new event chained after the others; the received event itself is unchanged.
    const stored = await api<Consignment>(`/api/consignments/${c.id}`);
    expect(stored.events).toHaveLength(c.events.length + 1);
    const last = stored.events.at(-1)!;
    expect(last).toMatchObject({ kind: 'correction', seq: c.events.length + 1 });
    expect(last.payload).toMatchObject({ corrects: received.id, reason });
    expect(stored.events.find((e) => e.id === received.id)).toEqual(received);
    expect(stored.view.signedBy).toBe(signer);
    // The refused post and its retry carried the same client-made id.
    expect(eventIds).toHaveLength(2);
    expect(new Set(eventIds)).toEqual(new Set([last.id]));

    const trace = await api<Trace>(`/api/trace/${lineId}`);
    expect(trace.timeline.filter((s) => s.step === 'correction')).toEqual([
      { at: last.at, step: 'correction', detail: reason, ref: c.id },
    ]);
    expect(trace.timeline).toHaveLength(before.timeline.length + 1);
    expect(trace.shipments.find((s) => s.consignmentId === c.id)?.signedBy).toBe(signer);
    corrected = { batch, consignment: c.id };
  });

  it('offers none of these actions to a viewer', async () => {
    const viewer = await browser.newPage({
      viewport: { width: 1400, height: 900 },
      locale: 'en-GB',
    });
    const errors: string[] = [];
    viewer.on('pageerror', (error) => errors.push(error.message));
    await signIn(viewer, server, 'viewer');
    const r = open[0]!;
    await viewer.goto(`${server.url}/?view=ops&lang=en&request=${encodeURIComponent(r.id)}`);
    await viewer.locator('[data-testid=account]').waitFor();
    await viewer.locator(`[data-testid="line-agreed-${r.lines[0]!.id}"]`).waitFor();
    // The coordinator could still decline this agreed request; a viewer cannot write requests.
    expect(await viewer.locator(`[data-testid="req-actions-${r.id}"]`).count()).toBe(0);
    const { batch, consignment } = corrected!;
    await viewer.goto(
      `${server.url}/?view=ops&ops=board&lang=en&batch=${encodeURIComponent(batch)}`,
    );
    const log = viewer.locator(`[data-testid="cons-log-${consignment}"]`);
    await log.locator('summary').click();
    await log.locator('li[data-kind=correction]').waitFor();
    expect(await viewer.locator('[data-testid^=ev-correct-]').count()).toBe(0);
    expect(errors).toEqual([]);
    await viewer.close();
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
