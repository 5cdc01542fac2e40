// The public report page in a real Chromium against the real server, without signing in: the headline
// sentence is the API's own, in English and in Chinese and under both groupings; filters in the URL
// narrow the table to exactly the recipients the API's report says match them, and choosing a filter
// writes it to the URL so a reload shows the same rows; the map colours as many countries as the report
// counts; print media hides the navigation and prints the page's address.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type BrowserTest } from './browser';
import type { RunningServer } from './server';

interface ReportJson {
  headline: { en: string; zh: string };
  totals: { countries: number; organisations: number; batches: number };
  regions: { id: string; countries: number }[];
  recipients: {
    id: string;
    kind: 'country' | 'organisation';
    iso2: string | null;
    nameEn: string;
    nameZh: string;
    region: string | null;
    batches: number[];
    forms: string[];
  }[];
}

let server: RunningServer;
let e2e: BrowserTest | undefined;
let page: Page;
let seed: ReportJson;
let pageErrors: string[] = [];

async function report(grouping: string): Promise<ReportJson> {
  const response = await fetch(`${server.url}/api/report?grouping=${grouping}`);
  if (!response.ok) throw new Error(`GET /api/report: ${response.status} ${await response.text()}`);
  return (await response.json()) as ReportJson;
}

async function open(query: string): Promise<void> {
  await page.goto(`${server.url}/?view=report&${query}`);
  await page.locator('[data-testid=rep-headline]').waitFor({ timeout: 30_000 });
}

const tableIds = () =>
  page
    .locator('[data-testid=rep-table] tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-recipient') ?? '').sort());

beforeAll(async () => {
  e2e = await openBrowser();
  ({ server, page, pageErrors } = e2e);
  seed = await report('seed-2020');
  console.log(
    `Report: ${seed.totals.batches} batches, ${seed.totals.countries} countries, ${seed.totals.organisations} organisations, ${seed.recipients.length} recipients.`,
  );
});

afterAll(() => e2e?.close());

describe('public report page', () => {
  it('shows the API’s headline sentence in English and in Chinese, without signing in', async () => {
    expect(seed.totals.countries).toBeGreaterThan(0);
    await open('lang=en');
    expect(await page.locator('[data-testid=rep-headline]').innerText()).toBe(seed.headline.en);
    await open('lang=zh');
    expect(await page.locator('[data-testid=rep-headline]').innerText()).toBe(seed.headline.zh);
    expect(seed.headline.zh).not.toBe(seed.headline.en);
    const countries = await page.locator('[data-testid=rep-kpi-countries]').innerText();
    expect(countries).toContain(String(seed.totals.countries));
  });

  it('switches the grouping to UN M49 and shows that report’s sentence, kept in the URL', async () => {
    const m49 = await report('un-m49');
    await open('lang=en');
    await page
      .getByRole('group', { name: 'Regions' })
      .getByRole('button', { name: 'UN M49' })
      .click();
    await expect
      .poll(() => page.locator('[data-testid=rep-headline]').innerText())
      .toBe(m49.headline.en);
    expect(new URL(page.url()).searchParams.get('grouping')).toBe('un-m49');
    const bars = await page.locator('[data-testid=rep-regions] [data-region]').count();
    expect(bars).toBe(m49.regions.length);
  });

  it('narrows the table to the recipients the URL’s filters select, and writes chosen filters to the URL', async () => {
    const region = seed.regions.find((r) => r.countries > 0)!.id;
    const counts = new Map<number, number>();
    for (const r of seed.recipients.filter((x) => x.region === region)) {
      for (const b of r.batches) counts.set(b, (counts.get(b) ?? 0) + 1);
    }
    const batch = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const wanted = seed.recipients
      .filter((r) => r.region === region && r.batches.includes(batch))
      .map((r) => r.id)
      .sort();
    expect(wanted.length).toBeGreaterThan(0);
    expect(wanted.length).toBeLessThan(seed.recipients.length);

    await open(`lang=en&region=${region}&batch=${batch}`);
    expect(await tableIds()).toEqual(wanted);
    expect(await page.locator('[data-testid=rep-filter-region]').inputValue()).toBe(region);

    // Choosing a form of aid narrows further and lands in the URL; the URL alone reproduces the rows.
    const form = 'supplies';
    await page.locator('[data-testid=rep-filter-form]').selectOption(form);
    const narrowed = seed.recipients
      .filter((r) => r.region === region && r.batches.includes(batch) && r.forms.includes(form))
      .map((r) => r.id)
      .sort();
    await expect.poll(tableIds).toEqual(narrowed);
    await expect.poll(() => new URL(page.url()).searchParams.get('form')).toBe(form);
    const shared = page.url();
    await page.goto(shared);
    await page.locator('[data-testid=rep-table]').waitFor({ timeout: 30_000 });
    expect(await tableIds()).toEqual(narrowed);

    // Text finds names in either language and codes.
    const one = seed.recipients.find((r) => r.kind === 'country')!;
    for (const q of [one.nameZh, one.id.toLowerCase()]) {
      const matching = seed.recipients
        .filter((r) =>
          [r.nameEn, r.nameZh, r.id, r.iso2 ?? ''].some((t) =>
            t.toLowerCase().includes(q.toLowerCase()),
          ),
        )
        .map((r) => r.id)
        .sort();
      await open(`lang=en&q=${encodeURIComponent(q)}`);
      expect(await tableIds()).toEqual(matching);
      expect(matching).toContain(one.id);
    }
  });

  it('colours as many countries on the map as the report counts', async () => {
    await open('lang=en');
    const coloured = () =>
      page
        .locator('[data-testid=rep-map] .rep-aided')
        .evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-recipient'))).size);
    await expect.poll(coloured, { timeout: 20_000 }).toBe(seed.totals.countries);
    const orgs = await page.locator('[data-testid=rep-orgs] li').count();
    expect(orgs).toBe(seed.recipients.filter((r) => r.kind === 'organisation').length);
  });

  it('links the open data and says values are reference values', async () => {
    await open('lang=en');
    expect(await page.locator('[data-testid=rep-link-iati]').getAttribute('href')).toBe(
      '/api/open/iati.xml',
    );
    expect(await page.locator('[data-testid=rep-link-hxl]').getAttribute('href')).toBe(
      '/api/open/hxl.csv',
    );
    expect(await page.locator('[data-testid=rep-reference]').innerText()).toMatch(/reference/i);
  });

  it('prints without the navigation and with the page’s address', async () => {
    await open('lang=en&region=europe');
    const nav = page.locator('.view-nav');
    expect(await nav.isVisible()).toBe(true);
    expect(await page.locator('[data-testid=rep-print-url]').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await nav.isVisible()).toBe(false);
      expect(await page.locator('.topbar').isVisible()).toBe(false);
      const printed = page.locator('[data-testid=rep-print-url]');
      expect(await printed.isVisible()).toBe(true);
      const text = await printed.innerText();
      expect(text).toContain('view=report');
      expect(text).toContain('region=europe');
      expect(text).toContain('lang=en');
      // The table and charts fit an A4 page width (about 720 CSS pixels at 96 dpi without margins).
      await page.setViewportSize({ width: 720, height: 1000 });
      const overflow = await page
        .locator('html')
        .evaluate((html) => html.scrollWidth - html.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1400, height: 900 });
    }
    expect(pageErrors).toEqual([]);
  });
});
