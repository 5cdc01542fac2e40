// The experts pages in a real Chromium against the real server and its demo: the roster filters as the
// API does; a team is built for Pakistan's request (the page shows the team the API proposes, and the
// uncovered requirements when no full team exists) and the deployment is created from it, with an
// activity logged; a session is scheduled at a proposed slot, each participant's local time as the slot
// finder says, and attendance recorded; a guide is found by a Chinese search, a new version published,
// what changed shown as added and removed lines, and the new version seen in the feed on the page and
// in GET /api/guidance/feed.atom; the pages speak Chinese.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Deployment,
  Expert,
  GuidanceDocument,
  SessionSlot,
  SessionsResponse,
  TeamProposal,
} from '../../web/src/experts/experts.types';
import { openBrowser, type BrowserTest, type JsonApi } from './browser';
import type { RunningServer } from './server';

let server: RunningServer;
let e2e: BrowserTest | undefined;
let page: Page;
let api: JsonApi;
let pageErrors: string[] = [];

const testId = (id: string) => page.locator(`[data-testid="${id}"]`);
const param = (key: string) => new URL(page.url()).searchParams.get(key);

beforeAll(async () => {
  e2e = await openBrowser({ role: 'coordinator' });
  ({ server, page, pageErrors, api } = e2e);
});

afterAll(() => e2e?.close());

describe('experts pages', () => {
  it('lists the roster, filters it as the API does and keeps the filter in the link', async () => {
    await page.goto(`${server.url}/?view=experts&lang=en`);
    await testId('ex-roster').waitFor({ timeout: 30_000 });
    const all = await api<{ experts: Expert[] }>('/api/experts');
    expect(await page.locator('[data-testid=ex-roster] tbody tr').count()).toBe(all.experts.length);
    await testId('ex-filter-specialty').selectOption('tcm');
    const tcm = await api<{ experts: Expert[] }>('/api/experts?specialty=tcm');
    expect(tcm.experts.length).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('[data-testid=ex-roster] tbody tr').count())
      .toBe(tcm.experts.length);
    expect(param('ex-sp')).toBe('tcm');
    // The demo's people are marked illustrative, and so are the stationed teams.
    expect(
      await page.locator('[data-testid=ex-roster] [data-testid=ex-illustrative]').count(),
    ).toBe(tcm.experts.length);
    const stationed = await api<{ teams: { country: string }[] }>('/api/stationed-teams');
    expect(await page.locator('[data-testid=ex-stationed] li[data-country]').count()).toBe(
      new Set(stationed.teams.map((t) => t.country)).size,
    );
  });

  it('names what cannot be covered when no full team exists', async () => {
    await testId('ex-tab-teams').click();
    await testId('ex-builder-country').fill('PAK');
    await testId('ex-builder-from').fill('2020-04-20');
    await testId('ex-builder-to').fill('2020-05-10');
    await testId('ex-builder-languages').fill('sw');
    await testId('ex-need-psychology').fill('5');
    await testId('ex-propose').click();
    await testId('ex-uncovered').waitFor();
    const proposal = await api<TeamProposal>('/api/teams/propose', {
      method: 'POST',
      body: {
        country: 'PAK',
        specialties: [{ specialty: 'psychology', count: 5 }],
        languages: ['sw'],
        from: '2020-04-20',
        to: '2020-05-10',
      },
    });
    expect(proposal.complete).toBe(false);
    const missing = proposal.uncovered.find((u) => u.kind === 'specialty')!;
    expect(await page.locator('[data-uncovered=psychology]').textContent()).toBe(
      `Psychology: ${'missing' in missing ? missing.missing : -1} missing`,
    );
    expect(await page.locator('[data-uncovered=language]').textContent()).toContain('Swahili');
  });

  it("builds a team for Pakistan's request and creates the deployment from it", async () => {
    await testId('ex-builder-start').selectOption('dep-pak-1');
    await expect.poll(() => testId('ex-builder-languages').inputValue()).toBe('ur, en');
    const request = {
      country: 'PAK',
      specialties: [
        { specialty: 'epidemiology', count: 1 },
        { specialty: 'clinical-respiratory', count: 1 },
        { specialty: 'laboratory', count: 1 },
      ],
      languages: ['ur', 'en'],
      from: await testId('ex-builder-from').inputValue(),
      to: await testId('ex-builder-to').inputValue(),
    };
    await testId('ex-propose').click();
    const shown = page.locator('[data-testid=ex-proposal][data-complete=true]');
    await shown.waitFor();
    const proposal = await api<TeamProposal>('/api/teams/propose', {
      method: 'POST',
      body: request,
    });
    expect(proposal.complete).toBe(true);
    const members = await shown
      .locator('[data-member]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-member')));
    expect(members).toEqual(proposal.members.map((m) => m.expertId));
    for (const m of proposal.members) {
      expect(await shown.locator(`[data-member="${m.expertId}"] td.num`).textContent()).toBe(
        String(m.pastDeploymentDays),
      );
    }
    expect(await testId('ex-shared-language').textContent()).toMatch(/Shared working language: .+/);
    await testId('ex-deploy-name').fill('Expert team to Pakistan (browser test)');
    await testId('ex-deploy-objectives').fill('Advise on laboratory testing');
    await testId('ex-create-deployment').click();
    await testId('ex-deployment-created').waitFor();
    const { deployments } = await api<{ deployments: Deployment[] }>(
      '/api/deployments?country=PAK',
    );
    const created = deployments.find((d) => d.name === 'Expert team to Pakistan (browser test)')!;
    expect(created.members.map((m) => m.expertId)).toEqual(proposal.members.map((m) => m.expertId));
    expect(created.objectives).toEqual(['Advise on laboratory testing']);
    expect(param('dep')).toBe(created.id);

    // The deployment's log takes a training with its attendees; the counts follow.
    await testId('ex-dep-detail').waitFor();
    await testId('ex-act-kind').selectOption('training');
    await testId('ex-act-on').fill(request.from);
    await testId('ex-act-title').fill('Laboratory biosafety training');
    await testId('ex-act-attendees').fill('45');
    await testId('ex-act-add').click();
    await page
      .locator('[data-testid=ex-log] li[data-kind=training][data-attendees="45"]')
      .waitFor();
    const after = await api<Deployment>(`/api/deployments/${created.id}`);
    expect(after.counts.trainings).toBe(1);
    expect(after.counts.trainees).toBe(45);
  });

  it("schedules a session at a proposed slot, shown in each capital's local time", async () => {
    await testId('ex-tab-sessions').click();
    await testId('ex-ses-topic').fill('Laboratory testing exchange (browser test)');
    await testId('ex-ses-participants').fill('ITA, PAK, IRN');
    await testId('ex-ses-from').fill('2020-03-26');
    await testId('ex-ses-to').fill('2020-04-01');
    await testId('ex-ses-duration').fill('90');
    await testId('ex-ses-find').click();
    await testId('ex-slots').waitFor();
    const { slots } = await api<{ slots: SessionSlot[] }>('/api/sessions/slots', {
      method: 'POST',
      body: {
        participants: ['ITA', 'PAK', 'IRN'],
        from: '2020-03-26',
        to: '2020-04-01',
        durationMinutes: 90,
        limit: 6,
      },
    });
    const shownSlots = await page
      .locator('[data-testid=ex-slots] li[data-slot]')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-slot')));
    expect(shownSlots).toEqual(slots.map((s) => s.startUtc));
    const first = slots[0]!;
    for (const p of first.participants) {
      const row = page.locator(`li[data-slot="${first.startUtc}"] tr[data-country=${p.country}]`);
      expect(await row.locator('td').nth(1).textContent()).toBe(p.timeZone);
      expect(await row.locator('td').nth(2).textContent()).toContain(
        `${p.localStart.replace('T', ' ')}–${p.localEnd.slice(11)}`,
      );
    }
    await testId('ex-slot-pick-0').click();
    await testId('ex-ses-created').waitFor();
    const { sessions } = await api<SessionsResponse>('/api/sessions');
    const session = sessions.find((s) => s.topic === 'Laboratory testing exchange (browser test)')!;
    expect(Date.parse(session.startsAt)).toBe(Date.parse(first.startUtc));
    expect(session.countries).toEqual(['ITA', 'PAK', 'IRN']);

    // Attendance recorded on the page reaches the session's totals.
    const item = page.locator(`li[data-session="${session.id}"]`);
    await item.waitFor();
    await testId(`ex-att-who-${session.id}`).selectOption('PAK');
    await testId(`ex-att-n-${session.id}`).fill('14');
    await testId(`ex-att-record-${session.id}`).click();
    await expect.poll(() => item.getAttribute('data-attendees')).toBe('14');
    const stored = (await api<SessionsResponse>('/api/sessions')).sessions.find(
      (s) => s.id === session.id,
    )!;
    expect(stored.attendance).toEqual([{ participant: 'PAK', attendees: 14 }]);
  });

  it('finds a guide in Chinese, publishes a new version and sees it in the feed', async () => {
    await testId('ex-tab-guidance').click();
    await testId('ex-search-input').fill('恢复期血浆');
    await testId('ex-search-go').click();
    const hits = testId('ex-hits');
    await hits.waitFor();
    const api_hits = await api<{ hits: { documentId: string }[] }>(
      `/api/guidance/search?q=${encodeURIComponent('恢复期血浆')}&limit=10`,
    );
    expect(api_hits.hits[0]?.documentId).toBe('diagnosis-treatment-plan');
    expect(await hits.getAttribute('data-count')).toBe(String(api_hits.hits.length));
    expect(param('ex-q')).toBe('恢复期血浆');

    await testId('ex-doc-diagnosis-treatment-plan').click();
    await testId('ex-document').waitFor();
    await testId('ex-doc-lang').selectOption('en');
    const before = await api<GuidanceDocument>('/api/guidance/diagnosis-treatment-plan');
    const last = before.versions[before.versions.length - 1]!;
    const next = last.version + 1;
    const added = 'Adds guidance for the browser test.';
    await expect.poll(() => testId('ex-pub-body').inputValue()).toContain('Illustrative');
    const body = await testId('ex-pub-body').inputValue();
    await testId('ex-pub-language').fill('en');
    await testId('ex-pub-body').fill(`${body}\n${added}`);
    await testId('ex-pub-note').fill('Browser test edition');
    await testId('ex-pub-go').click();
    await testId('ex-published').waitFor();
    expect(await testId('ex-published').textContent()).toContain(`Version ${next} published`);

    // What changed: the added line, marked as added, between the last two versions.
    const diff = page.locator(
      `[data-testid=ex-diff][data-from="${last.version}"][data-to="${next}"]`,
    );
    await diff.waitFor();
    await expect
      .poll(() => diff.locator('tr[data-op=add]').allTextContents())
      .toEqual([expect.stringContaining(added)]);
    expect(await diff.locator('tr[data-op=remove]').count()).toBe(0);
    expect(param('diff')).toBe(`${last.version}-${next}`);

    // The feed: the new version on the page and in the Atom feed itself.
    const entry = page.locator(
      `[data-testid=ex-feed] li[data-doc=diagnosis-treatment-plan][data-version="${next}"]`,
    );
    await entry.waitFor();
    expect(await entry.textContent()).toContain('Browser test edition');
    const feed = await (await fetch(`${server.url}/api/guidance/feed.atom?language=en`)).text();
    expect(feed).toContain(`/guidance/diagnosis-treatment-plan/versions/${next}</id>`);
    expect(feed.indexOf(`versions/${next}</id>`)).toBeLessThan(
      feed.indexOf('<entry>', feed.indexOf('<entry>') + 1),
    );
    expect(await testId('ex-feed-link').getAttribute('href')).toBe(
      '/api/guidance/feed.atom?language=en',
    );

    // Following the feed's link for the new version opens it in the experts view, with what changed.
    const link = new RegExp(
      `href="([^"]*/guidance/diagnosis-treatment-plan/versions/${next}[^"]*)"`,
    ).exec(feed);
    expect(link?.[1]).toBeTruthy();
    await page.goto(`${server.url}${new URL(link![1]!, server.url).pathname}`);
    await testId('ex-document').waitFor();
    expect(param('view')).toBe('experts');
    expect(param('doc')).toBe('diagnosis-treatment-plan');
    await page
      .locator(`[data-testid=ex-diff][data-from="${last.version}"][data-to="${next}"]`)
      .waitFor();
  });

  it('speaks Chinese', async () => {
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => testId('ex-tab-guidance').textContent()).toBe('技术指南库');
    expect(await page.locator('#ex-feed-title').textContent()).toBe('最新版本（Atom 订阅）');
    await expect
      .poll(() => testId('ex-feed-link').getAttribute('href'))
      .toBe('/api/guidance/feed.atom?language=zh');
    await testId('ex-tab-roster').click();
    expect(await page.locator('#ex-roster-title').textContent()).toBe('专家库');
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
