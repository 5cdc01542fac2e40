import { describe, expect, it } from 'vitest';
import type { TeamProposal } from './experts.types';
import {
  coverage,
  deploymentFromProposal,
  draftFromDeployment,
  draftToRequest,
  sharedLanguages,
  type TeamDraft,
} from './team-request';

const draft: TeamDraft = {
  country: ' pak',
  needs: [
    { specialty: 'epidemiology', count: 1 },
    { specialty: 'laboratory', count: 0 },
    { specialty: 'epidemiology', count: 1 },
    { specialty: 'tcm', count: 2 },
  ],
  languages: 'ur, EN;ur',
  from: '2020-04-20',
  to: '2020-05-10',
};

const proposal: TeamProposal = {
  complete: false,
  members: [
    {
      expertId: 'e1',
      role: { kind: 'specialty', specialty: 'epidemiology' },
      speaks: [],
      pastDeploymentDays: 25,
    },
    {
      expertId: 'e2',
      role: { kind: 'specialty', specialty: 'tcm' },
      speaks: [],
      pastDeploymentDays: 0,
    },
    { expertId: 'e3', role: { kind: 'language' }, speaks: ['ur'], pastDeploymentDays: 3 },
  ],
  uncovered: [{ kind: 'specialty', specialty: 'tcm', missing: 1 }],
  objective: {
    requiredSlots: 3,
    filledSlots: 2,
    languageMet: true,
    maxPastDays: 25,
    totalPastDays: 28,
    people: 3,
  },
  ineligible: [],
  request: {
    country: 'PAK',
    specialties: [
      { specialty: 'epidemiology', count: 1 },
      { specialty: 'tcm', count: 2 },
    ],
    languages: ['ur', 'en'],
    from: '2020-04-20',
    to: '2020-05-10',
  },
  restDays: 14,
  names: {},
};

describe('team request form', () => {
  it('builds the request: upper-case country, needs of one specialty added up, zero counts dropped, languages once', () => {
    const result = draftToRequest(draft);
    expect(result).toEqual({
      ok: true,
      body: {
        country: 'PAK',
        specialties: [
          { specialty: 'epidemiology', count: 2 },
          { specialty: 'tcm', count: 2 },
        ],
        languages: ['ur', 'en'],
        from: '2020-04-20',
        to: '2020-05-10',
      },
    });
  });

  it("starts a requested deployment's draft with its country, dates and the host's languages", () => {
    const d = draftFromDeployment({
      id: 'dep-pak-1',
      name: 'Expert team requested by Pakistan',
      country: 'PAK',
      fromDate: '2020-03-28',
      toDate: '2020-04-30',
      status: 'requested',
      objectives: [],
      unlistedMembers: 0,
      basis: 'seed',
      sourceNote: null,
      members: [],
      activities: [],
      counts: { commandMeetings: 0, trainings: 0, trainees: 0, hospitalVisits: 0, advice: 0 },
    });
    expect(d.country).toBe('PAK');
    expect([d.from, d.to]).toEqual(['2020-03-28', '2020-04-30']);
    expect(d.languages).toBe('ur, en');
    expect(draftToRequest(d).ok).toBe(true);
  });

  it('names the field that is wrong', () => {
    const field = (patch: Partial<TeamDraft>) => {
      const r = draftToRequest({ ...draft, ...patch });
      return r.ok ? null : r.problem.field;
    };
    expect(field({ country: 'Pakistan' })).toBe('country');
    expect(field({ needs: [{ specialty: 'tcm', count: 0 }] })).toBe('needs');
    expect(field({ needs: [{ specialty: 'tcm', count: 1.5 }] })).toBe('needs');
    expect(field({ languages: 'urdu' })).toBe('languages');
    expect(field({ from: '20 April' })).toBe('from');
    expect(field({ to: '2020-04-01' })).toBe('to');
  });

  it('reads the proposal: shared language, who covers what, what is missing', () => {
    expect(sharedLanguages(proposal)).toEqual(['ur']);
    expect(coverage(proposal)).toEqual([
      { specialty: 'epidemiology', needed: 1, members: ['e1'], missing: 0 },
      { specialty: 'tcm', needed: 2, members: ['e2'], missing: 1 },
    ]);
  });

  it('turns the proposal into a planned deployment with each member in their role', () => {
    const body = deploymentFromProposal(proposal, ' Team to Pakistan ', ['Advise', ' ']);
    expect(body).toEqual({
      name: 'Team to Pakistan',
      country: 'PAK',
      from: '2020-04-20',
      to: '2020-05-10',
      objectives: ['Advise'],
      members: [
        { expertId: 'e1', role: 'epidemiology' },
        { expertId: 'e2', role: 'tcm' },
        { expertId: 'e3', role: 'language' },
      ],
      status: 'planned',
      restDays: 14,
    });
  });
});
