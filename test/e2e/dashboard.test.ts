// The dashboard in a real Chromium against the real server: the map colours more than 150 countries,
// Italy's panel shows its figures, and the 中文 switch turns the page Chinese.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type BrowserTest } from './browser';
import type { RunningServer } from './server';

interface ItalyDetail {
  country: { nameEn: string; nameZh: string };
  situation: { cases: number; deaths: number } | null;
}

let server: RunningServer;
let e2e: BrowserTest | undefined;
let page: Page;
let pageErrors: string[] = [];

beforeAll(async () => {
  e2e = await openBrowser();
  ({ server, page, pageErrors } = e2e);
  await page.goto(`${server.url}/?lang=en`);
});

afterAll(() => e2e?.close());

/** Formats a count the way the dashboard does in English ("80,589"). */
const en = (n: number) => new Intl.NumberFormat('en-GB').format(n);

describe('dashboard', () => {
  it('colours more than 150 countries on the world map', async () => {
    await page.locator('svg.world-map path.has-data').first().waitFor({ timeout: 30_000 });
    const coloured = await page
      .locator('svg.world-map path.has-data')
      .evaluateAll(
        (paths) =>
          paths.filter((p) => p.getAttribute('data-iso3') && p.getAttribute('fill')).length,
      );
    const withValue = await page
      .locator('svg.world-map path.has-data:not([data-value=""])')
      .count();
    console.log(`map: ${coloured} countries coloured, ${withValue} with a value`);
    expect(coloured).toBeGreaterThan(150);
    expect(withValue).toBeGreaterThan(150);
    const italy = page.locator('svg.world-map path[data-iso3="ITA"]');
    await expect.poll(() => italy.getAttribute('class')).toContain('has-data');
    expect(Number(await italy.getAttribute('data-value'))).toBeGreaterThan(100);
  });

  it('draws the world milestones with a sentence from the data', async () => {
    const sentence = page.locator('[data-testid=milestone-sentence]');
    await sentence.waitFor();
    expect(await sentence.textContent()).toMatch(/^The first 100,000 cases took \d+ days/);
    expect(await page.locator('.milestone-bars li').count()).toBeGreaterThanOrEqual(3);
  });

  it("opens Italy's panel from the list and shows its figures", async () => {
    const detail = (await (await fetch(`${server.url}/api/countries/ITA`)).json()) as ItalyDetail;
    expect(detail.situation).not.toBeNull();
    await page.locator('input.search').fill('ital');
    await page.locator('tr[data-iso3="ITA"]').click();
    const panel = page.locator('[data-testid=country-panel][data-iso3="ITA"]');
    await panel.locator('[data-testid=country-name]').waitFor();
    expect(await panel.locator('[data-testid=country-name]').textContent()).toBe('Italy');
    expect(await panel.locator('[data-testid=country-cases]').textContent()).toBe(
      en(detail.situation?.cases ?? -1),
    );
    expect(await panel.locator('[data-testid=country-deaths]').textContent()).toBe(
      en(detail.situation?.deaths ?? -1),
    );
    expect(await panel.locator('[data-testid=country-doubling]').textContent()).toMatch(
      /^\d+(\.\d)? days$/,
    );
    expect(await panel.locator('svg.chart-svg rect').count()).toBeGreaterThan(10);
    expect(new URL(page.url()).searchParams.get('country')).toBe('ITA');
  });

  it('switches to Chinese and shows Chinese labels', async () => {
    await page.getByRole('button', { name: '中文' }).click();
    const name = page.locator('[data-testid=country-name]');
    await expect.poll(() => name.textContent()).toBe('意大利');
    expect(await page.locator('#map-title').textContent()).toBe('全球疫情分布');
    expect(await page.locator('#table-title').textContent()).toBe('所有国家和地区');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('zh');
    await page.reload();
    await page.locator('[data-testid=country-name]').waitFor();
    expect(await page.locator('[data-testid=country-name]').textContent()).toBe('意大利');
  });

  it('switches the case source to OWID and shows its world total', async () => {
    const owid = (await (await fetch(`${server.url}/api/situation?source=owid`)).json()) as {
      world: { cases: number };
    };
    await page.getByRole('button', { name: 'OWID' }).click();
    const cases = page.locator('[data-testid=kpi-cases] .kpi-value');
    await expect.poll(() => cases.textContent()).toBe(en(owid.world.cases));
    expect(new URL(page.url()).searchParams.get('source')).toBe('owid');
  });

  it('shows an unknown country kindly, without a stack trace', async () => {
    await page.goto(`${server.url}/?country=XXX&lang=en`);
    const alert = page.locator('[data-testid=country-panel] [role=alert]');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('This country could not be loaded.');
    expect(text).toContain('XXX');
    expect(text).not.toMatch(/\bat \w+ \(|node_modules/);
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
