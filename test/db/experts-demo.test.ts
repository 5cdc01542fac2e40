// The demo scenario's expert teams, sessions and guidance, loaded on the driver under test with the same
// checks live data passes: the seed's seven teams to five countries, Pakistan requested, all else illustrative.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { expertsSummary, listDeploymentViews } from '../../src/services/deployments.service';
import { listRoster, proposeTeam } from '../../src/services/experts.service';
import { listLibrary, searchGuidance, deliveryReport } from '../../src/services/guidance.service';
import { loadDemoScenario } from '../../src/services/scenario.service';
import { listSessionViews } from '../../src/services/sessions.service';
import { DEMO_SCENARIO, freshDatabase, TEST_DRIVER } from './fresh-database';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
  await loadDemoScenario(database, DEMO_SCENARIO);
}, 120_000);
afterAll(async () => {
  await database?.close();
});

describe(`expert demo data on ${TEST_DRIVER}`, () => {
  it("holds the seed's seven teams to five countries and Pakistan's request", async () => {
    const deployments = await listDeploymentViews(database);
    const sent = deployments.filter((d) => d.status !== 'requested');
    expect(sent).toHaveLength(7);
    expect([...new Set(sent.map((d) => d.country))].sort()).toEqual([
      'IRN',
      'IRQ',
      'ITA',
      'KHM',
      'SRB',
    ]);
    expect(sent.find((d) => d.country === 'IRN')?.fromDate).toBe('2020-02-27');
    expect(deployments.filter((d) => d.status === 'requested').map((d) => d.country)).toEqual([
      'PAK',
    ]);
    expect(
      deployments.every((d) => d.basis === 'seed' && /illustrative/.test(d.sourceNote ?? '')),
    ).toBe(true);
    expect(sent.reduce((n, d) => n + d.counts.trainees, 0)).toBeGreaterThan(0);
  });

  it('marks every expert, session and guidance text illustrative', async () => {
    const roster = await listRoster(database);
    expect(roster.length).toBeGreaterThanOrEqual(20);
    expect(roster.every((e) => e.basis === 'illustrative' && /illustrative/.test(e.name))).toBe(
      true,
    );
    const { sessions, summary } = await listSessionViews(database);
    expect(sessions.every((s) => s.basis === 'illustrative')).toBe(true);
    expect(summary.countries).toBeGreaterThan(20);
    const library = await listLibrary(database);
    expect(library.map((d) => d.kind).sort()).toEqual([
      'case-surveillance',
      'contact-management',
      'diagnosis-treatment-plan',
      'epidemiological-investigation',
      'laboratory-testing',
      'prevention-control-plan',
    ]);
    for (const d of library) {
      for (const v of d.versions) {
        expect(v.illustrative).toBe(true);
        expect(v.translations.map((t) => t.language).sort()).toEqual(['en', 'zh']);
        expect(v.translations.every((t) => /示例|Illustrative/.test(t.body))).toBe(true);
      }
    }
    const plan = library.find((d) => d.id === 'diagnosis-treatment-plan');
    expect(plan?.versions.at(-1)).toMatchObject({
      version: 7,
      publishedAt: '2020-03-03T08:00:00Z',
    });
  });

  it('finds the seventh edition by a Chinese query and names outdated holders', async () => {
    const hits = await searchGuidance(database, '恢复期血浆');
    expect(hits[0]).toMatchObject({
      documentId: 'diagnosis-treatment-plan',
      version: 7,
      language: 'zh',
    });
    const { outdated } = await deliveryReport(database);
    expect(outdated.map((o) => `${o.recipient}:${o.documentId}`)).toContain(
      'PAK:diagnosis-treatment-plan',
    );
    expect(outdated.map((o) => o.recipient)).not.toContain('WHO');
  });

  it("proposes a complete team for Pakistan's request from the demo roster", async () => {
    const p = await proposeTeam(database, {
      country: 'PAK',
      specialties: [
        { specialty: 'epidemiology', count: 1 },
        { specialty: 'clinical-critical-care', count: 1 },
        { specialty: 'laboratory', count: 1 },
        { specialty: 'tcm', count: 1 },
      ],
      languages: ['ur'],
      from: '2020-03-28',
      to: '2020-04-30',
    } as never);
    expect(p.complete).toBe(true);
    expect(p.members.some((m) => m.speaks.includes('ur' as never))).toBe(true);
  });

  it('counts what the report shows on the scenario date and earlier', async () => {
    const s = await expertsSummary(database);
    expect(s.asOf).toBe('2020-03-26');
    expect(s.teams).toMatchObject({ sent: 7, countries: 5, requested: 1 });
    expect(s.teams.trainees).toBe(610);
    expect(s.stationed.countries).toBe(6);
    expect(s.guidance).toEqual({ documents: 6, versions: 17, languages: 2, recipients: 6 });
    const early = await expertsSummary(database, '2020-03-10' as never);
    expect(early.teams).toMatchObject({ sent: 2, countries: 2 });
  });
});
