// The needs forecast in a real Chromium against the real server: Italy's forecast tab shows the API's
// figures, the what-if reruns the model in the browser (a stock figure gives exactly what the API gives
// for that stock), the scenario and horizon switch, the CSV downloads, and the tab speaks Chinese.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type BrowserTest } from './browser';
import type { RunningServer } from './server';

interface Band {
  value: number;
  low: number;
  high: number;
}
interface ForecastAnswer {
  asOf: string;
  weeks: number;
  items: { item: string; weeks: unknown[]; total: { gross: Band; net: Band } }[];
}

let server: RunningServer;
let e2e: BrowserTest | undefined;
let page: Page;
let pageErrors: string[] = [];

beforeAll(async () => {
  e2e = await openBrowser();
  ({ server, page, pageErrors } = e2e);
});

afterAll(() => e2e?.close());

/** Formats a count the way the dashboard does in English ("80,589"). */
const en = (n: number) => new Intl.NumberFormat('en-GB').format(n);

async function forecast(query: string): Promise<ForecastAnswer> {
  const response = await fetch(`${server.url}/api/countries/ITA/forecast?${query}`);
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as ForecastAnswer;
}

function total(answer: ForecastAnswer, item: string): { gross: Band; net: Band } {
  const found = answer.items.find((i) => i.item === item);
  if (!found) throw new Error(`no ${item} in the forecast`);
  return found.total;
}

const net = (item: string) => page.locator(`[data-testid="net-${item}"]`);
const gross = (item: string) => page.locator(`[data-testid="gross-${item}"]`);

describe('needs forecast', () => {
  it("opens Italy's forecast tab and shows the API's figures, marked as a forecast", async () => {
    const api = await forecast('weeks=4&scenario=central');
    await page.goto(`${server.url}/?country=ITA&lang=en`);
    await page.getByRole('tab', { name: 'Needs forecast' }).click();
    await page.locator('[data-testid=forecast-table]').waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).searchParams.get('tab')).toBe('forecast');
    for (const item of ['test-pcr', 'mask-surgical', 'ventilator']) {
      expect(await gross(item).textContent()).toBe(en(total(api, item).gross.value));
      expect(await net(item).textContent()).toBe(en(total(api, item).net.value));
    }
    expect(total(api, 'mask-surgical').gross.value).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=forecast-badge]').textContent()).toBe('Forecast');
    const basis = (await page.locator('[data-testid=forecast-basis]').textContent()) ?? '';
    expect(basis).toMatch(/^Forecast, not a count: cases from 26 March 2020 \(JHU CSSE\) growing/);
    expect(basis).toContain('Week 1 is 27 Mar–2 Apr');
    // One weekly chart per item group, with a bar per week.
    for (const group of ['diagnostics', 'ppe', 'biomedical']) {
      expect(await page.locator(`[data-testid=chart-${group}] .net-bars rect`).count()).toBe(4);
    }
    expect(await page.locator('[data-testid=forecast-assumptions]').textContent()).toContain(
      'Of new cases 40 % are mild',
    );
  });

  it('changes the numbers at once when the growth rate changes, then goes back', async () => {
    const before = await gross('test-pcr').textContent();
    await page.locator('[data-testid=what-if-rate]').fill('15');
    await expect.poll(() => gross('test-pcr').textContent()).not.toBe(before);
    const after = Number((await gross('test-pcr').textContent())?.replace(/,/g, ''));
    console.log(`PCR tests over 4 weeks: ${before} fitted, ${en(after)} at 15 % a day`);
    expect(after).toBeGreaterThan(Number(before?.replace(/,/g, '')));
    expect(await page.locator('[data-testid=forecast-badge]').textContent()).toBe('What-if');
    expect(await page.locator('[data-testid=what-if-banner]').isVisible()).toBe(true);
    await page.locator('[data-testid=what-if-reset]').click();
    await expect.poll(() => gross('test-pcr').textContent()).toBe(before);
    expect(await page.locator('[data-testid=forecast-badge]').textContent()).toBe('Forecast');
  });

  it('nets typed stock exactly as the API does for the same stock', async () => {
    const response = await fetch(`${server.url}/api/forecasts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ country: 'ITA', weeks: 4, stock: { gown: 500_000 } }),
    });
    expect(response.status).toBe(200);
    const api = (await response.json()) as ForecastAnswer;
    await page.locator('tr[data-item="gown"] .stock-input').fill('500000');
    await expect.poll(() => net('gown').textContent()).toBe(en(total(api, 'gown').net.value));
    expect(total(api, 'gown').net.value).toBe(total(api, 'gown').gross.value - 500_000);
    await page.locator('tr[data-item="gown"] .stock-input').fill('-3');
    expect(
      await page.locator('tr[data-item="gown"] .stock-input').getAttribute('aria-invalid'),
    ).toBe('true');
    await page.locator('[data-testid=what-if-reset]').click();
  });

  it('switches the scenario and the horizon', async () => {
    const high = await forecast('weeks=4&scenario=high');
    await page
      .getByRole('group', { name: 'Scenario' })
      .getByRole('button', { name: 'High' })
      .click();
    await expect
      .poll(() => net('mask-surgical').textContent())
      .toBe(en(total(high, 'mask-surgical').net.value));
    await page.locator('[data-testid=forecast-weeks]').selectOption('8');
    await expect.poll(() => page.locator('[data-testid=chart-ppe] .net-bars rect').count()).toBe(8);
    const eight = await forecast('weeks=8&scenario=high');
    await expect
      .poll(() => net('mask-surgical').textContent())
      .toBe(en(total(eight, 'mask-surgical').net.value));
    expect(await page.locator('[data-testid=forecast-table] caption').textContent()).toContain(
      'Forecast over 8 weeks, High scenario',
    );
  });

  it('downloads the table as CSV', async () => {
    const link = page.locator('[data-testid=forecast-download]');
    expect(await link.getAttribute('download')).toBe(
      'tongzhou-forecast-ITA-2020-03-26-high-8w.csv',
    );
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const file = await download.path();
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^figure,country,as_of,source,scenario,week,/);
    expect(lines).toHaveLength(1 + 12 * 8 + 12);
    const eight = await forecast('weeks=8&scenario=high');
    const maskTotal = lines.find((l) => /,total,.*,mask-surgical,/.test(l))?.split(',');
    const header = lines[0]?.split(',') ?? [];
    expect(Number(maskTotal?.[header.indexOf('net')])).toBe(
      total(eight, 'mask-surgical').net.value,
    );
    expect(maskTotal?.[0]).toBe('forecast');
  });

  it('speaks Chinese', async () => {
    await page.getByRole('button', { name: '中文' }).click();
    await expect
      .poll(() => page.getByRole('tab', { selected: true }).textContent())
      .toBe('物资需求预测');
    expect(await page.locator('[data-testid=forecast-table] thead').textContent()).toContain(
      '净需求',
    );
    expect(await page.locator('[data-testid=forecast-badge]').textContent()).toBe('预测');
    expect(await page.locator('[data-testid=forecast-basis]').textContent()).toMatch(
      /^以下为预测而非统计：病例数据截至2020年3月26日/,
    );
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
