// The operations pages in a real Chromium against the real server and its demo operation: the inbox
// filters as the API does; batch 5 is drafted from the engine, one line edited (refused without a reason,
// kept with one), compared with a second draft, approved, and the second draft's approval refused with a
// clear 409 and discarded; the batch is packed onto flights (a mistyped aircraft refused first) and one
// consignment walks its steps to a receipt with one damaged unit, every post carrying its own UUID; the
// trace of that request line shows the received and damaged quantities the API's trace returns; the
// pages speak Chinese.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Batch,
  BatchComparison,
  Consignment,
  Trace,
} from '../../web/src/operations/ops.types';
import { openBrowser, type BrowserTest, type JsonApi } from './browser';
import type { RunningServer } from './server';

let server: RunningServer;
let e2e: BrowserTest | undefined;
let page: Page;
let auth: Record<string, string> = {};
let api: JsonApi;
let pageErrors: string[] = [];
const eventIds: string[] = [];

/** What the journey found out on the way, for the later steps. */
const journey: {
  batch?: Batch;
  alt?: string;
  line?: Batch['lines'][number];
  consignment?: Consignment;
  damagedLine?: Consignment['lines'][number];
} = {};

const en = (n: number) => new Intl.NumberFormat('en-GB').format(n);
const testId = (id: string) => page.locator(`[data-testid="${id}"]`);
const param = (key: string) => new URL(page.url()).searchParams.get(key);

beforeAll(async () => {
  e2e = await openBrowser({ role: 'coordinator' });
  ({ server, page, pageErrors, auth, api } = e2e);
  page.on('request', (request) => {
    if (request.method() === 'POST' && /\/api\/consignments\/[^/]+\/events$/.test(request.url())) {
      eventIds.push((request.postDataJSON() as { id: string }).id);
    }
  });
});

afterAll(() => e2e?.close());

describe('operations pages', () => {
  it('lists the requests and filters them as the API does', async () => {
    await page.goto(`${server.url}/?view=ops&lang=en`);
    await testId('ops-requests').waitFor({ timeout: 30_000 });
    const all = await api<{ requests: { id: string; via: string | null }[] }>('/api/requests');
    await expect.poll(() => page.locator('tbody[data-request]').count()).toBe(all.requests.length);
    await testId('ops-filter-status').selectOption('agreed');
    const agreed = await api<{ requests: unknown[] }>('/api/requests?status=agreed');
    await expect
      .poll(() => page.locator('tbody[data-request]').count())
      .toBe(agreed.requests.length);
    expect(param('rq-status')).toBe('agreed');
    await testId('ops-filter-status').selectOption('');
    // A request routed through a partner says so, and opens its lines with links to their traces.
    const routed = all.requests.find((r) => r.via !== null);
    expect(routed, 'the demo has a request routed through a partner').toBeDefined();
    await testId(`open-${routed!.id}`).click();
    expect(await testId(`via-${routed!.id}`).textContent()).toContain(routed!.via);
    expect(
      await page.locator(`tbody[data-request="${routed!.id}"] a[href*="ops=trace"]`).count(),
    ).toBeGreaterThan(0);
  });

  it('drafts batch 5 from the engine and shows its lines with the reasons', async () => {
    await testId('ops-tab-batches').click();
    await expect.poll(() => testId('ops-new-title').inputValue()).toBe('Batch 5');
    await testId('ops-draft').click();
    const card = page.locator('[data-testid=ops-batch][data-status=draft]');
    await card.waitFor();
    const id = (await card.getAttribute('data-batch'))!;
    expect(param('batch')).toBe(id);
    const batch = await api<Batch>(`/api/batches/${id}`);
    expect(batch.number).toBe(5);
    expect(batch.origin).toBe('engine');
    expect(await card.locator('tbody tr[data-line]').count()).toBe(batch.lines.length);
    for (const line of batch.lines.slice(0, 5)) {
      expect(await testId(`bl-qty-${line.id}`).textContent()).toBe(en(line.quantity));
      expect(await testId(`bl-orig-${line.id}`).textContent()).toBe(en(line.proposed ?? 0));
    }
    journey.batch = batch;
  });

  it('edits a line by hand: refused without a reason, kept beside the original with one', async () => {
    const batch = journey.batch!;
    const line = batch.lines.find((l) => l.quantity >= 2 * l.packSize && l.packSize > 1)!;
    const quantity = line.quantity - line.packSize;
    await testId(`bl-edit-${line.id}`).click();
    await testId('ops-edit-quantity').fill(String(quantity));
    await testId('ops-edit-save').click();
    const refusal = page.locator('[data-testid=ops-edit-form] [data-testid=ops-refusal]');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('an edit needs a reason');
    expect(await refusal.locator('[data-field]').getAttribute('data-field')).toBe('reason');
    await testId('ops-edit-reason').fill('One pack held back for the browser test');
    await testId('ops-edit-save').click();
    await expect.poll(() => testId(`bl-qty-${line.id}`).textContent()).toBe(en(quantity));
    expect(await testId(`bl-orig-${line.id}`).textContent()).toBe(en(line.proposed ?? 0));
    expect(await testId(`bl-edit-note-${line.id}`).textContent()).toContain(
      'One pack held back for the browser test',
    );
    const stored = (await api<Batch>(`/api/batches/${batch.id}`)).lines.find(
      (l) => l.id === line.id,
    )!;
    expect(stored.quantity).toBe(quantity);
    expect(stored.edits.map((e) => e.reason)).toEqual(['One pack held back for the browser test']);
    journey.line = stored;
  });

  it('compares the draft with a second one, side by side', async () => {
    const batch = journey.batch!;
    const alt = await api<Batch>('/api/batches', {
      method: 'POST',
      body: { title: 'Batch 5 (as proposed)', number: 5 },
    });
    journey.alt = alt.id;
    await page.reload();
    await testId('ops-compare').selectOption(alt.id);
    const result = testId('ops-compare-result');
    await result.waitFor();
    const compare = await api<BatchComparison>(`/api/batches/${batch.id}/compare/${alt.id}`);
    expect(compare.changed).toBe(1);
    expect(await result.getAttribute('data-changed')).toBe(String(compare.changed));
    expect(await testId(`cmp-${journey.line!.requestLineId}`).textContent()).toContain(
      `+${en(journey.line!.packSize)}`,
    );
    expect(param('compare')).toBe(alt.id);
  });

  it('approves the edited draft, and refuses the stale second draft with a clear message', async () => {
    const batch = journey.batch!;
    // The approver is the signed-in user (the server takes it from the session), as the form says.
    const approver = (await testId('ops-approve-as').textContent()) ?? '';
    await testId('ops-approve').click();
    await page.locator('[data-testid=ops-batch][data-status=approved]').waitFor();
    const approved = await api<Batch>(`/api/batches/${batch.id}`);
    expect(approved.status).toBe('approved');
    expect(approved.approvedBy).toBe('Demo coordinator (coordinator)');
    expect(approver).toContain(approved.approvedBy);
    await testId(`batch-${journey.alt!}`).click();
    await page.locator(`[data-testid=ops-batch][data-batch="${journey.alt!}"]`).waitFor();
    await testId('ops-approve').click();
    const conflict = testId('ops-conflict');
    await conflict.waitFor();
    const text = (await conflict.textContent()) ?? '';
    expect(text).toContain('This draft cannot be approved as it stands');
    // The page shows the server's own words: asking again gives the same 409 and changes nothing.
    const again = await fetch(`${server.url}/api/batches/${journey.alt!}/approve`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ by: 'CIDCA (browser test)' }),
    });
    expect(again.status).toBe(409);
    const { error } = (await again.json()) as { error: { message: string } };
    expect(text).toContain(error.message);
    expect((await api<Batch>(`/api/batches/${journey.alt!}`)).status).toBe('draft');
    // The stale draft is discarded from the page.
    await testId('ops-discard').click();
    await page.locator('[data-testid=ops-batch][data-status=discarded]').waitFor();
    expect((await api<Batch>(`/api/batches/${journey.alt!}`)).status).toBe('discarded');
  });

  it('packs the batch onto flights and shows each flight with its load', async () => {
    const batch = journey.batch!;
    await testId(`batch-${batch.id}`).click();
    await testId('ops-open-board').click();
    // A mistyped aircraft payload is refused with the server's words, naming the field; nothing is packed.
    await testId('ship-payloadKg').fill('60t');
    await testId('ops-ship').click();
    const refusal = page.locator('[data-testid=ops-ship-form] [data-testid=ops-refusal]');
    await refusal.waitFor();
    expect(await refusal.locator('[data-field]').getAttribute('data-field')).toBe(
      'aircraft.payloadKg',
    );
    expect(
      (await api<{ consignments: unknown[] }>(`/api/consignments?batch=${batch.id}`)).consignments,
    ).toEqual([]);
    await testId('ship-payloadKg').fill('');
    await testId('ops-ship').click();
    await testId('ops-board').waitFor();
    expect(param('ops')).toBe('board');
    const { consignments } = await api<{ consignments: Consignment[] }>(
      `/api/consignments?batch=${batch.id}`,
    );
    const flights = new Set(consignments.map((c) => c.flightId));
    expect(await page.locator('[data-testid^=flight-]').count()).toBe(flights.size);
    const c = consignments.find((x) =>
      x.lines.some((l) => l.requestLineId === journey.line!.requestLineId),
    )!;
    const onFlight = consignments.filter((x) => x.flightId === c.flightId);
    const kg = onFlight.reduce((s, x) => s + x.weightKg, 0);
    expect(await testId(`load-kg-${c.flightId}`).textContent()).toContain(
      `${en(kg)} / ${en(c.flight!.payloadKg)} kg`,
    );
    const quote = (await testId(`cons-quote-${c.id}`).textContent()) ?? '';
    expect(quote).toContain(c.marks.quotation.text);
    journey.consignment = c;
  });

  it('records the steps of one consignment up to a receipt with one damaged unit', async () => {
    const c = journey.consignment!;
    const card = testId(`cons-${c.id}`);
    await testId(`cons-record-${c.id}`).click();
    for (const step of ['packed', 'customs-cleared', 'departed', 'arrived', 'handed-over']) {
      await expect.poll(() => testId('ev-kind').inputValue()).toBe(step);
      if (step === 'handed-over')
        await testId('ev-to').fill('National Disaster Management Authority');
      await testId('ev-post').click();
      await expect.poll(() => card.getAttribute('data-status')).toBe(step);
    }
    await expect.poll(() => testId('ev-kind').inputValue()).toBe('received');
    // A receipt that does not add up is refused with the server's words and changes nothing.
    const damagedLine = c.lines.find((l) => l.requestLineId === journey.line!.requestLineId)!;
    await testId('ev-signedBy').fill('NDMA warehouse officer');
    await testId(`ev-received-${damagedLine.id}`).fill(String(damagedLine.quantity));
    await testId(`ev-damaged-${damagedLine.id}`).fill('1');
    await testId('ev-post').click();
    const refusal = card.locator('[data-testid=ops-refusal]');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/must equal the .* units shipped/);
    expect(await card.getAttribute('data-status')).toBe('handed-over');
    await testId(`ev-received-${damagedLine.id}`).fill(String(damagedLine.quantity - 1));
    await testId('ev-post').click();
    await expect.poll(() => card.getAttribute('data-status')).toBe('received');
    const stored = await api<Consignment>(`/api/consignments/${c.id}`);
    expect(stored.events.map((e) => e.kind)).toEqual([
      'packed',
      'customs-cleared',
      'departed',
      'arrived',
      'handed-over',
      'received',
    ]);
    expect(stored.view.receipt?.find((r) => r.lineId === damagedLine.id)).toEqual({
      lineId: damagedLine.id,
      received: damagedLine.quantity - 1,
      damaged: 1,
      missing: 0,
    });
    // Every post carried a client-made UUID; the refused receipt's retry reused its id.
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(eventIds).toHaveLength(7);
    expect(eventIds.every((id) => uuid.test(id))).toBe(true);
    expect(new Set(eventIds).size).toBe(6);
    expect(stored.events.map((e) => e.id)).toEqual([...new Set(eventIds)]);
    journey.damagedLine = damagedLine;
  });

  it("opens the line's trace and shows what the API's trace says was received and damaged", async () => {
    const line = journey.damagedLine!;
    await testId(`cons-trace-${line.id}`).click();
    const trace = testId('ops-trace');
    await trace.waitFor();
    expect(param('line')).toBe(line.requestLineId);
    const answer = await api<Trace>(`/api/trace/${line.requestLineId}`);
    expect(answer.totals.damaged).toBe(1);
    for (const key of ['received', 'damaged', 'missing', 'allocated', 'shipped'] as const) {
      expect(await testId(`trace-total-${key}`).getAttribute('data-value')).toBe(
        String(answer.totals[key]),
      );
      expect(await testId(`trace-total-${key}`).locator('dd').textContent()).toBe(
        en(answer.totals[key]),
      );
    }
    const receipt = testId(`trace-receipt-${journey.consignment!.id}`);
    const shipment = answer.shipments.find((s) => s.consignmentId === journey.consignment!.id)!;
    expect(await receipt.getAttribute('data-received')).toBe(String(shipment.receipt!.received));
    expect(await receipt.getAttribute('data-damaged')).toBe(String(shipment.receipt!.damaged));
    const steps = await page
      .locator('[data-testid=trace-timeline] > li')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-step')));
    expect(steps).toEqual(['asked', 'agreed', 'allocated', 'shipped', 'received']);
    expect(await page.locator('[data-step=allocated]').textContent()).toContain(
      'One pack held back for the browser test',
    );
  });

  it('speaks Chinese', async () => {
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => page.locator('#ops-trace-title').textContent()).toBe('请求明细追踪');
    expect(await testId('ops-tab-trace').textContent()).toBe('追踪');
    expect(await testId('trace-total-damaged').locator('dt').textContent()).toBe('破损');
    expect(await page.locator('[data-step=received]').textContent()).toContain('签收');
    await testId('ops-tab-board').click();
    await testId('ops-board').waitFor();
    expect(await page.locator('#ops-board-title').textContent()).toBe('按航班查看货物');
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
