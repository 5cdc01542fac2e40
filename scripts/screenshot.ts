// Takes the README screenshot: builds the web app, starts the real server on a fresh data directory,
// opens the dashboard at 1400x900 with Italy selected in Chromium and saves docs/dashboard.png.
// Usage: npx tsx scripts/screenshot.ts [--lang zh] [--metric doubling] [--hover ISO3] [--tab forecast]
//        [--out docs/dashboard.png] [--full]
//        The planning page instead: --view plan [--pick ISO3] [--weights 100.30.20.15.10] [--ship 0]
//        (slider positions and ship days as in its URL; default out docs/planning.png).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, REPO_ROOT, startServer } from '../test/e2e/server';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      lang: { type: 'string', default: 'en' },
      country: { type: 'string', default: 'ITA' },
      out: { type: 'string', default: '' },
      full: { type: 'boolean', default: false },
      metric: { type: 'string', default: 'perMillion' },
      hover: { type: 'string', default: '' },
      tab: { type: 'string', default: 'situation' },
      view: { type: 'string', default: 'situation' },
      pick: { type: 'string', default: '' },
      weights: { type: 'string', default: '' },
      ship: { type: 'string', default: '' },
    },
  });
  const build = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status})`);
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const plan = values.view === 'plan';
    const query = plan
      ? new URLSearchParams({ view: 'plan', lang: values.lang })
      : new URLSearchParams({ country: values.country, lang: values.lang });
    if (values.metric !== 'perMillion') query.set('metric', values.metric);
    if (values.tab !== 'situation') query.set('tab', values.tab);
    if (plan && values.pick) query.set('pick', values.pick);
    if (plan && values.weights) query.set('w', values.weights);
    if (plan && values.ship) query.set('ship', values.ship);
    await page.goto(`${server.url}/?${query.toString()}`);
    if (plan) {
      await page.locator('[data-testid=plan-sliders]').waitFor({ timeout: 60_000 });
      await page.locator('[data-testid=planning-page][aria-busy=false]').waitFor();
      if (values.pick) await page.locator('[data-testid=why-panel]').waitFor();
    } else {
      const panelReady =
        values.tab === 'forecast' ? '[data-testid=forecast-table]' : '[data-testid=country-cases]';
      await page.locator(panelReady).waitFor({ timeout: 30_000 });
      await page.locator('[data-testid=milestone-sentence]').waitFor({ timeout: 30_000 });
    }
    await page.evaluate('document.fonts.ready');
    if (values.hover) {
      // Show one hover tooltip, as a reader would see it.
      await page.locator(`svg.world-map path[data-iso3="${values.hover}"]`).hover();
      await page.locator('.map-tooltip').waitFor();
    }
    const out = path.resolve(
      REPO_ROOT,
      values.out || (plan ? 'docs/planning.png' : 'docs/dashboard.png'),
    );
    await page.screenshot({ path: out, fullPage: values.full });
    console.log(`saved ${path.relative(REPO_ROOT, out)}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`screenshot: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
