import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IsoDate, Iso3 } from '../shared/brand';
import { dayNumber, fromDayNumber } from '../situation/dates';
import { buildTeam, buildTeamExhaustively } from './team-builder';
import type { Expert, ExpertId, LanguageCode, Specialty, TeamRequest } from './types';

const SPECS: Specialty[] = ['epidemiology', 'tcm', 'psychology'];
const LANGS = ['en', 'fa', 'fr'] as LanguageCode[];
const BASE = dayNumber('2020-03-01' as IsoDate);
const day = (offset: number): IsoDate => fromDayNumber(BASE + offset);

const window = (start: [number, number], length: [number, number]) =>
  fc
    .tuple(
      fc.integer({ min: start[0], max: start[1] }),
      fc.integer({ min: length[0], max: length[1] }),
    )
    .map(([s, l]) => ({ from: day(s), to: day(s + l) }));
// Mostly available, with past deployments of varied length so that loads, rest and gaps all matter.
const availabilityArb = fc.array(window([-30, 25], [10, 90]), { minLength: 1, maxLength: 2 });
const deploymentsArb = fc.array(window([-150, 60], [3, 40]), { maxLength: 2 });

const expertArb = (i: number): fc.Arbitrary<Expert> =>
  fc
    .record({
      specialties: fc.subarray(SPECS, { minLength: 1 }),
      languages: fc.subarray(LANGS),
      availability: availabilityArb,
      deployments: deploymentsArb,
    })
    .map((r) => ({
      id: `e${i}` as ExpertId,
      name: `Expert ${i}`,
      institution: 'Test hospital',
      specialties: r.specialties,
      languages: r.languages,
      availability: r.availability,
      deployments: r.deployments.map((d) => ({ ...d, country: 'IRN' as Iso3 })),
    }));

const rosterArb = fc
  .integer({ min: 0, max: 7 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => expertArb(i))));

const requestArb: fc.Arbitrary<TeamRequest> = fc
  .record({
    specs: fc.subarray(SPECS, { minLength: 1 }),
    counts: fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 3, maxLength: 3 }),
    languages: fc.subarray(LANGS, { maxLength: 2 }),
    start: fc.integer({ min: 0, max: 30 }),
    length: fc.integer({ min: 0, max: 14 }),
  })
  .map((r) => ({
    country: 'ITA' as Iso3,
    specialties: r.specs.map((specialty, i) => ({ specialty, count: r.counts[i] ?? 1 })),
    languages: r.languages,
    from: day(r.start),
    to: day(r.start + r.length),
  }));

/** Every day of [from, to] is inside one of the windows: checked day by day, independently of the builder. */
function coversEveryDay(windows: Expert['availability'], from: IsoDate, to: IsoDate): boolean {
  for (let d = dayNumber(from); d <= dayNumber(to); d++) {
    if (!windows.some((w) => dayNumber(w.from) <= d && d <= dayNumber(w.to))) return false;
  }
  return true;
}

const instanceArb = fc.tuple(rosterArb, requestArb, fc.integer({ min: 0, max: 20 }));

describe('buildTeam against exhaustive search', () => {
  it('draws instances of every kind: full, partial, with a language member, with loads', () => {
    const kinds = { complete: 0, partialNonEmpty: 0, languageMember: 0, loaded: 0 };
    const samples = fc.sample(instanceArb, { numRuns: 500, seed: 8 });
    for (const [roster, request, rest] of samples) {
      const team = buildTeam(request, roster, { restDays: rest });
      if (team.complete) kinds.complete++;
      else if (team.members.length > 0) kinds.partialNonEmpty++;
      if (team.members.some((m) => m.role.kind === 'language')) kinds.languageMember++;
      if (team.objective.totalPastDays > 0) kinds.loaded++;
    }
    console.log('team-builder instance mix over 500 samples:', kinds);
    expect(kinds.complete).toBeGreaterThan(50);
    expect(kinds.partialNonEmpty).toBeGreaterThan(50);
    expect(kinds.languageMember).toBeGreaterThan(10);
    expect(kinds.loaded).toBeGreaterThan(50);
  });

  it('matches the exhaustive optimum and never breaks availability, rest or slot counts', () => {
    fc.assert(
      fc.property(instanceArb, ([roster, request, rest]) => {
        const got = buildTeam(request, roster, { restDays: rest });
        const ref = buildTeamExhaustively(request, roster, { restDays: rest });
        expect(got.objective).toEqual(ref.objective);
        expect(got.members.map((m) => m.expertId).sort()).toEqual(
          ref.members.map((m) => m.expertId).sort(),
        );
        expect(got.complete).toBe(ref.complete);
        expect(got.uncovered.length === 0).toBe(got.complete);

        const byId = new Map(roster.map((e) => [e.id, e]));
        const used = new Map<Specialty, number>();
        let languageMembers = 0;
        for (const m of got.members) {
          const e = byId.get(m.expertId);
          if (!e) throw new Error(`unknown member ${m.expertId}`);
          expect(coversEveryDay(e.availability, request.from, request.to)).toBe(true);
          for (const d of e.deployments) {
            const gapAfter = dayNumber(request.from) - dayNumber(d.to) - 1;
            const gapBefore = dayNumber(d.from) - dayNumber(request.to) - 1;
            expect(gapAfter >= rest || gapBefore >= rest).toBe(true);
          }
          if (m.role.kind === 'specialty') {
            expect(e.specialties).toContain(m.role.specialty);
            used.set(m.role.specialty, (used.get(m.role.specialty) ?? 0) + 1);
          } else {
            languageMembers++;
            expect(e.languages.some((l) => request.languages.includes(l))).toBe(true);
          }
        }
        expect(languageMembers).toBeLessThanOrEqual(1);
        for (const need of request.specialties) {
          const filled = used.get(need.specialty) ?? 0;
          expect(filled).toBeLessThanOrEqual(need.count);
          const named = got.uncovered.find(
            (u) => u.kind === 'specialty' && u.specialty === need.specialty,
          );
          expect(named?.kind === 'specialty' ? named.missing : 0).toBe(need.count - filled);
        }
      }),
      { numRuns: 400 },
    );
  });
});

// Language-heavy instances: everyone available, few speakers, so that the cheapest team often has
// no speaker and one must be brought in (as the language member or through a chain of slot moves).
const sparseSpeakerArb = (i: number): fc.Arbitrary<Expert> =>
  fc
    .record({
      specialties: fc.subarray(SPECS, { minLength: 1, maxLength: 2 }),
      speaks: fc.integer({ min: 0, max: 3 }),
      load: fc.integer({ min: 0, max: 4 }),
    })
    .map((r) => ({
      id: `s${i}` as ExpertId,
      name: `Expert ${i}`,
      institution: 'Test hospital',
      specialties: r.specialties,
      languages: (r.speaks === 0 ? ['fa'] : ['zh']) as LanguageCode[],
      availability: [{ from: day(-30), to: day(90) }],
      deployments:
        r.load === 0 ? [] : [{ country: 'IRN' as Iso3, from: day(-100), to: day(-101 + r.load) }],
    }));

const languageInstanceArb = fc
  .tuple(
    fc
      .integer({ min: 2, max: 8 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => sparseSpeakerArb(i)))),
    fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 3, maxLength: 3 }),
  )
  .map(([roster, counts]) => ({
    roster,
    request: {
      country: 'IRN' as Iso3,
      specialties: SPECS.map((specialty, i) => ({ specialty, count: counts[i] ?? 1 })),
      languages: ['fa'] as LanguageCode[],
      from: day(0),
      to: day(10),
    },
  }));

describe('buildTeam against exhaustive search when speakers are scarce', () => {
  it('brings a speaker in exactly as exhaustive search does', () => {
    let swappedIn = 0;
    fc.assert(
      fc.property(languageInstanceArb, ({ roster, request }) => {
        const got = buildTeam(request, roster, { restDays: 0 });
        const ref = buildTeamExhaustively(request, roster, { restDays: 0 });
        expect(got.objective).toEqual(ref.objective);
        expect(got.members.map((m) => m.expertId).sort()).toEqual(
          ref.members.map((m) => m.expertId).sort(),
        );
        const byId = new Map(roster.map((e) => [e.id, e]));
        for (const m of got.members) {
          if (m.role.kind === 'specialty')
            expect(byId.get(m.expertId)?.specialties).toContain(m.role.specialty);
        }
        const silent = buildTeam({ ...request, languages: [] }, roster, { restDays: 0 });
        const speakerInSlot = got.members.some(
          (m) => m.role.kind === 'specialty' && m.speaks.length > 0,
        );
        if (
          speakerInSlot &&
          silent.members.every((m) => byId.get(m.expertId)?.languages[0] !== 'fa')
        ) {
          swappedIn++;
        }
      }),
      { numRuns: 300, seed: 20200329 },
    );
    console.log(`speaker brought into a slot in ${swappedIn} of 300 scarce-speaker instances`);
    expect(swappedIn).toBeGreaterThan(15);
  });
});
