// The planning page in a real Chromium against the real server: the proposal in the table equals the
// server's preview of the same input, for the default ship date and for shipping now (stock only, where
// the demo's stock runs short); a slider recomputes it in the browser (and equals the server's preview
// under the moved policy); a recipient's "why" panel opens from the table and from the map; reset
// returns to the published policy; illustrative requests are marked; the page speaks Chinese.
// Without open requests in the demo, or without a shortage when shipping now, the test enters requests
// through the API first.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type BrowserTest, type JsonApi } from './browser';
import type { RunningServer } from './server';

interface PolicyJson {
  version: string;
  factors: { id: string; weight: number; enabled: boolean }[];
}
interface InputAnswer {
  date: string;
  shipDate: string;
  input: { policy: PolicyJson; requests: unknown[]; items: { id: string }[] };
  requests: { recipient: string; basis: string }[];
}
interface PlanAnswer {
  items: { item: string; available: number; need: number; producible: number }[];
  lines: { recipient: string; item: string; quantity: number; fillRate: number; bound: string }[];
  recipients: { id: string; score: { weight: number; factors: unknown[] } }[];
}

let server: RunningServer;
let e2e: BrowserTest | undefined;
let page: Page;
let api: JsonApi;
let input: InputAnswer;
let pageErrors: string[] = [];

/** A round in the spirit of 26 March 2020: scarce masks, enough ventilators for some (figures illustrative). */
async function enterRequests(): Promise<void> {
  await api('/api/depots', {
    method: 'POST',
    body: { id: 'e2e-depot', nameEn: 'Test depot', nameZh: '测试仓库', city: 'Beijing' },
  });
  const stock: [string, number, unknown][] = [
    ['mask-surgical', 3_000_000, { kind: 'cover-days', dailyConsumption: 50_000 }],
    ['respirator-n95', 400_000, { kind: 'fixed', quantity: 100_000 }],
    ['test-pcr', 150_000, { kind: 'fixed', quantity: 50_000 }],
    ['ventilator', 300, { kind: 'fixed', quantity: 100 }],
  ];
  for (const [item, quantity, reserve] of stock) {
    await api('/api/supply/receipts', {
      method: 'POST',
      body: { depot: 'e2e-depot', item, quantity },
    });
    await api(`/api/supply/items/${item}`, { method: 'PUT', body: { reserve } });
  }
  const requests: [string, string, string, Record<string, number>][] = [
    ['PAK', 'seed', 'critical', { 'test-pcr': 50_000, 'mask-surgical': 500_000, ventilator: 100 }],
    ['ITA', 'seed', 'critical', { 'mask-surgical': 2_000_000, 'respirator-n95': 200_000 }],
    ['SRB', 'seed', 'urgent', { 'mask-surgical': 300_000, ventilator: 50 }],
    ['KHM', 'seed', 'urgent', { 'mask-surgical': 200_000, 'test-pcr': 20_000 }],
    ['WHO', 'seed', 'urgent', { 'mask-surgical': 500_000 }],
    ['BRA', 'illustrative', 'routine', { 'mask-surgical': 600_000, 'test-pcr': 40_000 }],
    ['ZAF', 'illustrative', 'urgent', { 'mask-surgical': 300_000, ventilator: 40 }],
  ];
  for (const [recipient, basis, urgency, lines] of requests) {
    await enterAgreedRequest(recipient, {
      urgency,
      basis,
      lines: Object.entries(lines).map(([item, asked]) => ({ item, asked })),
    });
  }
}

/** Two more (illustrative) requests that each ask for all of an item's available stock. */
async function enterShortage(item: string, available: number): Promise<void> {
  for (const recipient of ['BRA', 'ZAF']) {
    await enterAgreedRequest(recipient, {
      basis: 'illustrative',
      lines: [{ item, asked: Math.max(1000, Math.ceil(available)) }],
    });
  }
}

/** Submits a supplies request of `recipient` through the API (on 20 March) and agrees it (24 March). */
async function enterAgreedRequest(
  recipient: string,
  fields: Record<string, unknown>,
): Promise<void> {
  const created = await api<{ id: string }>('/api/requests', {
    method: 'POST',
    body: {
      recipient,
      kind: 'supplies',
      title: `Supplies for ${recipient} (browser test)`,
      submittedOn: '2020-03-20',
      ...fields,
    },
  });
  await api(`/api/requests/${created.id}/agree`, {
    method: 'POST',
    body: { agreedBy: 'browser test', agreedOn: '2020-03-24' },
  });
}

/** The plan input when shipping on the plan date: stock only, no production. */
const shipNow = (date: string) =>
  api<InputAnswer>(`/api/allocations/input?date=${date}&shipDate=${date}`);

/** The server's preview of `input` (default: the page's), with the severity weight set (null = as published). */
async function preview(severity: number | null, of: InputAnswer = input): Promise<PlanAnswer> {
  const policy = {
    ...of.input.policy,
    factors: of.input.policy.factors.map((f) =>
      f.id === 'severity' && severity !== null ? { ...f, weight: severity } : f,
    ),
  };
  return api<PlanAnswer>('/api/allocations/preview', {
    method: 'POST',
    body: { ...of.input, policy },
  });
}

const en = (n: number) => new Intl.NumberFormat('en-GB').format(n);
const allocCells = () =>
  page
    .locator('[data-testid^=alloc-]')
    .evaluateAll((cells) =>
      Object.fromEntries(cells.map((c) => [c.getAttribute('data-testid'), c.textContent])),
    );
const expected = (plan: PlanAnswer) =>
  Object.fromEntries(
    plan.lines.map((l) => [`alloc-${l.recipient}-${l.item}`, en(l.quantity)] as const),
  );

beforeAll(async () => {
  e2e = await openBrowser({ role: 'coordinator' });
  ({ server, page, pageErrors, api } = e2e);
  input = await api<InputAnswer>('/api/allocations/input');
  if (input.input.requests.length < 3) {
    console.log(
      `The demo has ${input.input.requests.length} open request lines: entering 7 requests through the API.`,
    );
    await enterRequests();
  }
  input = await shipNow(input.date);
  const now = await preview(null);
  if (!now.lines.some((l) => l.bound === 'supply')) {
    const item = now.items[0]!;
    console.log(`No shortage when shipping now: asking for ${item.item} beyond its stock.`);
    await enterShortage(item.item, item.available);
    input = await shipNow(input.date);
  }
  const short = (await preview(null)).items.filter((i) => i.need > i.available).map((i) => i.item);
  console.log(
    `Planning ${input.input.requests.length} request lines of ${new Set(input.requests.map((r) => r.recipient)).size} recipients as of ${input.date}, shipping now; short of ${short.join(', ')}.`,
  );
});

afterAll(() => e2e?.close());

describe('planning page', () => {
  it('opens from the view switch and shows the same proposal as the server', async () => {
    await page.goto(`${server.url}/?lang=en`);
    await page.locator('[data-testid=view-plan]').click();
    await page.locator('[data-testid=plan-table]').waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).searchParams.get('view')).toBe('plan');
    expect(await page.locator('.view-nav [aria-current=page]').textContent()).toBe('Planning');
    // First the API's default ship date, with production until then.
    const later = await api<InputAnswer>('/api/allocations/input');
    const laterPlan = await preview(null, later);
    expect(await allocCells()).toEqual(expected(laterPlan));
    const covered = laterPlan.items.every((i) => i.need <= i.available);
    expect(await page.locator('[data-testid=no-shortage]').count()).toBe(covered ? 1 : 0);
    // Shipping now plans with the stock alone: the server recomputes the input, the table follows.
    await page.locator('[data-testid=plan-ship]').selectOption('0');
    const published = await preview(null);
    await expect.poll(allocCells).toEqual(expected(published));
    expect(new URL(page.url()).searchParams.get('ship')).toBe('0');
    expect(await page.locator('[data-testid=no-shortage]').count()).toBe(0);
    expect(published.items.every((i) => i.producible === 0)).toBe(true);
    expect(published.lines.length).toBeGreaterThan(2);
    expect(published.lines.some((l) => l.fillRate < 1)).toBe(true);
    // The map colours every recipient that is a country on it.
    const coloured = await page.locator('svg.world-map path.recipient').count();
    expect(coloured).toBeGreaterThan(0);
    // Illustrative requests are marked as such, and only theirs.
    const illustrative = new Set(
      input.requests.filter((r) => r.basis === 'illustrative').map((r) => r.recipient),
    );
    const tagged = await page
      .locator('tbody[data-recipient]:has(.illustrative-tag)')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-recipient')));
    expect(new Set(tagged)).toEqual(illustrative);
    if (illustrative.size > 0) {
      expect(await page.locator('[data-testid=plan-notes]').textContent()).toContain(
        'illustrative requests',
      );
    }
  });

  it('recomputes the allocation in the browser as a slider moves', async () => {
    const before = await allocCells();
    const slider = page.locator('[data-testid=slider-severity]');
    await slider.focus();
    await slider.press('End');
    await expect.poll(allocCells).not.toEqual(before);
    const moved = await preview(1);
    expect(await allocCells()).toEqual(expected(moved));
    const changed = Object.keys(before).filter((k) => before[k] !== expected(moved)[k]);
    console.log(
      `Severity weight 0.35 -> 1.00 changed ${changed.length} lines: ${changed.join(', ')}`,
    );
    expect(changed.length).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('w')).toBe('100.30.20.15.10');
    expect(await page.locator('[data-testid=policy-adjusted]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid=share-severity]').textContent()).toBe(
      `${Math.round((100 / 165) * 100)} %`,
    );
    // The change column shows what moved against the published policy.
    const first = changed[0]!.replace('alloc-', 'change-');
    expect(await page.locator(`[data-testid="${first}"]`).textContent()).toMatch(/^[+−]\d/);
  });

  it("opens a recipient's why panel with its weight, factors and lines", async () => {
    const moved = await preview(1);
    const id = moved.recipients[0]!.id;
    await page.locator(`[data-testid=why-${id}]`).click();
    const panel = page.locator('[data-testid=why-panel]');
    await panel.waitFor();
    expect(await panel.getAttribute('data-recipient')).toBe(id);
    expect(new URL(page.url()).searchParams.get('pick')).toBe(id);
    const weight = moved.recipients[0]!.score.weight;
    expect(await page.locator('[data-testid=why-weight]').textContent()).toBe(weight.toFixed(2));
    expect(await panel.locator('[data-testid=why-factors] tbody').count()).toBe(
      moved.recipients[0]!.score.factors.length,
    );
    const lines = moved.lines.filter((l) => l.recipient === id);
    expect(await panel.locator('.why-line').count()).toBe(lines.length);
    expect(await panel.locator('.why-reason').first().textContent()).toMatch(/pro-rata would give/);
    // Clicking a country on the map opens its panel instead.
    const onMap = await page
      .locator('svg.world-map path.recipient')
      .evaluateAll((paths) => paths.map((p) => p.getAttribute('data-iso3')));
    const other = onMap.find((iso3) => iso3 && iso3 !== id);
    if (other) {
      await page.locator(`svg.world-map path[data-iso3="${other}"]`).first().click({ force: true });
      await expect.poll(() => panel.getAttribute('data-recipient')).toBe(other);
    }
    await page.locator('[data-testid=why-close]').click();
    await expect.poll(() => panel.count()).toBe(0);
  });

  it('goes back to the published policy', async () => {
    await page.locator('[data-testid=policy-reset]').click();
    await expect.poll(allocCells).toEqual(expected(await preview(null)));
    expect(new URL(page.url()).searchParams.get('w')).toBeNull();
    expect(await page.locator('[data-testid=policy-adjusted]').count()).toBe(0);
  });

  it('shows one item on the map and in the table', async () => {
    const plan = await preview(null);
    const counts = new Map<string, number>();
    for (const l of plan.lines) counts.set(l.item, (counts.get(l.item) ?? 0) + 1);
    // The item with the fewest lines, so the filter visibly drops rows.
    const [item, n] = [...counts].sort((a, b) => a[1] - b[1])[0]!;
    await page.locator('[data-testid=plan-item]').selectOption(item);
    await expect.poll(() => page.locator('[data-testid^=alloc-]').count()).toBe(n);
    const ids = await page
      .locator('[data-testid^=alloc-]')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-testid') ?? ''));
    expect(ids.every((id) => id.endsWith(`-${item}`))).toBe(true);
    expect(new URL(page.url()).searchParams.get('item')).toBe(item);
    const mapped = await page
      .locator('svg.world-map path.recipient')
      .evaluateAll((paths) => [...new Set(paths.map((p) => p.getAttribute('data-iso3')))]);
    const withItem = new Set(plan.lines.filter((l) => l.item === item).map((l) => l.recipient));
    expect(mapped.every((iso3) => iso3 !== null && withItem.has(iso3))).toBe(true);
    await page.locator('[data-testid=plan-item]').selectOption('');
    await expect.poll(() => page.locator('[data-testid^=alloc-]').count()).toBe(plan.lines.length);
  });

  it('speaks Chinese', async () => {
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => page.locator('#plan-title').textContent()).toBe('下一批次分配方案');
    expect(await page.locator('.view-nav [aria-current=page]').textContent()).toBe('分配方案');
    expect(await page.locator('[data-testid=plan-table] thead').textContent()).toContain('满足率');
    expect(await page.locator('[data-testid=plan-sliders]').textContent()).toContain(
      '当地疫情严重程度',
    );
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
