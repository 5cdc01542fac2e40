import { describe, expect, it } from 'vitest';
import type { IsoDate, Iso3 } from '../shared/brand';
import { ExpertInputError } from './input-error';
import { buildTeam } from './team-builder';
import type { Expert, ExpertId, LanguageCode, Specialty, TeamRequest } from './types';

const d = (s: string): IsoDate => s as IsoDate;

function expert(
  id: string,
  specialties: Specialty[],
  opts: { languages?: string[]; past?: [string, string][]; available?: [string, string][] } = {},
): Expert {
  return {
    id: id as ExpertId,
    name: id,
    institution: 'Test',
    specialties,
    languages: (opts.languages ?? ['zh']) as LanguageCode[],
    availability: (opts.available ?? [['2020-01-01', '2020-12-31']]).map(([from, to]) => ({
      from: d(from),
      to: d(to),
    })),
    deployments: (opts.past ?? []).map(([from, to]) => ({
      country: 'IRN' as Iso3,
      from: d(from),
      to: d(to),
    })),
  };
}

function request(
  needs: [Specialty, number][],
  languages: string[] = [],
  from = '2020-03-16',
  to = '2020-03-30',
): TeamRequest {
  return {
    country: 'IRQ' as Iso3,
    specialties: needs.map(([specialty, count]) => ({ specialty, count })),
    languages: languages as LanguageCode[],
    from: d(from),
    to: d(to),
  };
}

const ids = (p: { members: { expertId: string }[] }): string[] =>
  p.members.map((m) => m.expertId).sort();

describe('buildTeam', () => {
  it('fills every slot with a matching expert and reports a complete team', () => {
    const roster = [
      expert('a', ['epidemiology']),
      expert('b', ['tcm', 'epidemiology']),
      expert('c', ['psychology'], { languages: ['en'] }),
    ];
    const team = buildTeam(
      request(
        [
          ['epidemiology', 1],
          ['tcm', 1],
          ['psychology', 1],
        ],
        ['en'],
      ),
      roster,
    );
    expect(team.complete).toBe(true);
    expect(team.uncovered).toEqual([]);
    expect(team.members.map((m) => [m.expertId, m.role])).toEqual([
      ['a', { kind: 'specialty', specialty: 'epidemiology' }],
      ['b', { kind: 'specialty', specialty: 'tcm' }],
      ['c', { kind: 'specialty', specialty: 'psychology' }],
    ]);
    expect(team.members.find((m) => m.expertId === 'c')?.speaks).toEqual(['en']);
  });

  it('counts rest days as full days between deployments: 14 days of rest pass, 13 do not', () => {
    // Request starts 2020-03-16; a deployment ending 03-01 leaves 03-02..03-15 = 14 days of rest.
    const rested = expert('rested', ['laboratory'], { past: [['2020-02-01', '2020-03-01']] });
    const tired = expert('tired', ['laboratory'], { past: [['2020-02-01', '2020-03-02']] });
    const team = buildTeam(request([['laboratory', 2]]), [rested, tired]);
    expect(ids(team)).toEqual(['rested']);
    expect(team.uncovered).toEqual([{ kind: 'specialty', specialty: 'laboratory', missing: 1 }]);
    expect(team.ineligible).toEqual([{ expertId: 'tired', reason: 'resting' }]);
    expect(ids(buildTeam(request([['laboratory', 2]]), [rested, tired], { restDays: 13 }))).toEqual(
      ['rested', 'tired'],
    );
  });

  it('keeps rest before a deployment already scheduled after the request', () => {
    const next = expert('next', ['nursing'], { past: [['2020-04-05', '2020-04-20']] });
    expect(buildTeam(request([['nursing', 1]]), [next]).ineligible).toEqual([
      { expertId: 'next', reason: 'resting' },
    ]);
    expect(buildTeam(request([['nursing', 1]]), [next], { restDays: 5 }).complete).toBe(true);
  });

  it('needs availability over the whole request, joining windows that touch', () => {
    const split = expert('split', ['tcm'], {
      available: [
        ['2020-03-01', '2020-03-20'],
        ['2020-03-21', '2020-04-30'],
      ],
    });
    const gap = expert('gap', ['tcm'], {
      available: [
        ['2020-03-01', '2020-03-20'],
        ['2020-03-22', '2020-04-30'],
      ],
    });
    const team = buildTeam(request([['tcm', 2]]), [split, gap]);
    expect(ids(team)).toEqual(['split']);
    expect(team.ineligible).toEqual([{ expertId: 'gap', reason: 'unavailable' }]);
  });

  it('prefers experts with fewer past deployment days, then the first ids', () => {
    const roster = [
      expert('a', ['epidemiology'], { past: [['2020-01-01', '2020-01-30']] }),
      expert('b', ['epidemiology']),
      expert('c', ['epidemiology'], { past: [['2020-01-01', '2020-01-10']] }),
      expert('d', ['epidemiology']),
    ];
    const team = buildTeam(request([['epidemiology', 3]]), roster);
    expect(ids(team)).toEqual(['b', 'c', 'd']);
    expect(team.objective).toMatchObject({ maxPastDays: 10, totalPastDays: 10, people: 3 });
    expect(ids(buildTeam(request([['epidemiology', 1]]), roster))).toEqual(['b']);
  });

  it('uses an expert who speaks a host language in a slot before adding anyone', () => {
    const roster = [
      expert('a', ['epidemiology']),
      expert('b', ['epidemiology'], { languages: ['fa'], past: [['2020-01-01', '2020-01-05']] }),
      expert('c', ['psychology'], { languages: ['fa'], past: [['2020-01-01', '2020-01-05']] }),
    ];
    const team = buildTeam(request([['epidemiology', 1]], ['fa']), roster);
    expect(ids(team)).toEqual(['b']);
    expect(team.objective.languageMet).toBe(true);
  });

  it('adds one member who speaks the language when no slot can be filled by a speaker', () => {
    const roster = [
      expert('a', ['epidemiology']),
      expert('z', ['psychology'], { languages: ['fa'] }),
    ];
    const team = buildTeam(request([['epidemiology', 1]], ['fa', 'ar']), roster);
    expect(team.members.map((m) => [m.expertId, m.role.kind, m.speaks])).toEqual([
      ['a', 'specialty', []],
      ['z', 'language', ['fa']],
    ]);
    expect(team.complete).toBe(true);
  });

  it('lowers the highest load before the total load, even at the cost of one more person', () => {
    // Two slots. {p, r}: loads 20 + 28, highest 28. {p, q} + speaker l: 20 + 20 + 26, highest 26.
    const roster = [
      expert('p', ['laboratory'], { past: [['2019-01-01', '2019-01-20']] }),
      expert('q', ['laboratory'], { past: [['2019-01-01', '2019-01-20']] }),
      expert('r', ['laboratory'], { languages: ['ar'], past: [['2019-01-01', '2019-01-28']] }),
      expert('l', ['psychology'], { languages: ['ar'], past: [['2019-01-01', '2019-01-26']] }),
    ];
    const team = buildTeam(request([['laboratory', 2]], ['ar']), roster);
    expect(ids(team)).toEqual(['l', 'p', 'q']);
    expect(team.objective).toMatchObject({ maxPastDays: 26, totalPastDays: 66, people: 3 });
  });

  it('brings a speaker into a slot through a chain of moves, dropping the dearest member reached', () => {
    // Without the language, p:A q:B r:C is cheapest. Speaker x can only do A: x takes A, p moves
    // to B, q to C, and r (the highest load) leaves. That beats adding x as a fourth member.
    const roster = [
      expert('p', ['epidemiology', 'tcm'], { past: [['2019-01-01', '2019-01-01']] }),
      expert('q', ['tcm', 'psychology'], { past: [['2019-01-01', '2019-01-01']] }),
      expert('r', ['psychology'], { past: [['2019-01-01', '2019-01-02']] }),
      expert('x', ['epidemiology'], { languages: ['fa'], past: [['2019-01-01', '2019-01-03']] }),
    ];
    const team = buildTeam(
      request(
        [
          ['epidemiology', 1],
          ['tcm', 1],
          ['psychology', 1],
        ],
        ['fa'],
      ),
      roster,
    );
    expect(team.members.map((m) => [m.expertId, m.role])).toEqual([
      ['p', { kind: 'specialty', specialty: 'tcm' }],
      ['q', { kind: 'specialty', specialty: 'psychology' }],
      ['x', { kind: 'specialty', specialty: 'epidemiology' }],
    ]);
    expect(team.objective).toMatchObject({ maxPastDays: 3, totalPastDays: 5, people: 3 });
  });

  it('returns the best partial team and names each uncovered specialty and the language', () => {
    const roster = [expert('a', ['epidemiology']), expert('b', ['tcm'])];
    const team = buildTeam(
      request(
        [
          ['epidemiology', 2],
          ['tcm', 1],
          ['infection-control', 1],
        ],
        ['it'],
      ),
      roster,
    );
    expect(team.complete).toBe(false);
    expect(ids(team)).toEqual(['a', 'b']);
    expect(team.uncovered).toEqual([
      { kind: 'specialty', specialty: 'epidemiology', missing: 1 },
      { kind: 'specialty', specialty: 'infection-control', missing: 1 },
      { kind: 'language', languages: ['it'] },
    ]);
    expect(team.objective).toMatchObject({ requiredSlots: 4, filledSlots: 2, languageMet: false });
  });

  it('gives the same team whatever the roster order', () => {
    const roster = ['e', 'c', 'a', 'd', 'b'].map((id) => expert(id, ['nursing', 'tcm']));
    const req = request([
      ['nursing', 2],
      ['tcm', 1],
    ]);
    expect(buildTeam(req, roster)).toEqual(buildTeam(req, [...roster].reverse()));
    expect(ids(buildTeam(req, roster))).toEqual(['a', 'b', 'c']);
  });

  it('builds teams from a 400-expert roster quickly, even when every speaker sorts last', () => {
    const all: Specialty[] = ['epidemiology', 'tcm', 'psychology', 'nursing', 'laboratory'];
    const roster = Array.from({ length: 400 }, (_, i) =>
      expert(
        i < 300 ? `a${String(i).padStart(3, '0')}` : `z${i}`,
        [all[i % 5] as Specialty, all[(i * 7 + 1) % 5] as Specialty],
        {
          languages: i >= 300 ? ['fr'] : ['zh'],
          past:
            i % 3 === 0
              ? []
              : [[`2019-0${1 + (i % 9)}-01`, `2019-0${1 + (i % 9)}-${10 + (i % 17)}`]],
        },
      ),
    );
    for (const perSpecialty of [2, 8]) {
      const started = performance.now();
      const team = buildTeam(
        request(
          all.map((s) => [s, perSpecialty]),
          ['fr'],
        ),
        roster,
      );
      expect(performance.now() - started).toBeLessThan(3000);
      expect(team.complete).toBe(true);
      expect(team.objective.people).toBe(5 * perSpecialty);
      expect(team.objective.maxPastDays).toBe(0);
      expect(team.members.filter((m) => m.speaks.length > 0)).toHaveLength(1);
    }
  });

  it('names the bad field of a request or roster', () => {
    const roster = [expert('a', ['tcm'])];
    const bad = (r: Partial<TeamRequest>): unknown => {
      try {
        buildTeam({ ...request([['tcm', 1]]), ...r }, roster);
      } catch (e) {
        return e instanceof ExpertInputError ? e.field : e;
      }
      return 'no error';
    };
    expect(bad({ country: 'XXX' as Iso3 })).toBe('country');
    expect(bad({ to: d('2020-03-01') })).toBe('to');
    expect(bad({ from: d('2020-02-30') })).toBe('from');
    expect(bad({ languages: ['EN' as LanguageCode] })).toBe('languages[0]');
    expect(bad({ specialties: [] })).toBe('specialties');
    expect(bad({ specialties: [{ specialty: 'surgery' as Specialty, count: 1 }] })).toBe(
      'specialties[0].specialty',
    );
    expect(bad({ specialties: [{ specialty: 'tcm', count: 0 }] })).toBe('specialties[0].count');
    expect(() => buildTeam(request([['tcm', 1]]), roster, { restDays: -1 })).toThrow(/restDays/);
    expect(() => buildTeam(request([['tcm', 1]]), [...roster, expert('a', ['tcm'])])).toThrow(
      /roster\[1\]\.id: duplicate expert id "a"/,
    );
  });
});
