// The expert, team, deployment endpoints through inject(), on an empty migrated database.
import { describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../src/api/errors';
import type { DeploymentView } from '../../src/services/deployments.service';
import type { ExpertView, ProposalView } from '../../src/services/experts.service';
import { useSignedInApp } from './app';

const { call } = useSignedInApp();

const expert = (id: string, specialties: string[], languages: string[]) => ({
  id,
  name: `Expert ${id} (illustrative)`,
  specialties,
  languages,
  institution: 'Test hospital',
  availability: [{ from: '2020-03-01', to: '2020-05-31' }],
});

describe('/api/experts', () => {
  it('adds experts (201), lists and filters them, shows one', async () => {
    for (const e of [
      expert('e1', ['epidemiology'], ['zh', 'en']),
      expert('e2', ['clinical-critical-care'], ['zh']),
      expert('e3', ['tcm', 'clinical-respiratory'], ['zh', 'fa']),
    ]) {
      expect((await call('POST', '/api/experts', e)).status).toBe(201);
    }
    const all = await call<{ experts: ExpertView[] }>('GET', '/api/experts');
    expect(all.body.experts.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
    const tcm = await call<{ experts: ExpertView[] }>('GET', '/api/experts?specialty=tcm');
    expect(tcm.body.experts.map((e) => e.id)).toEqual(['e3']);
    const one = await call<ExpertView>('GET', '/api/experts/e2');
    expect(one.body).toMatchObject({ id: 'e2', specialties: ['clinical-critical-care'] });
  });

  it('answers 400 naming the field, and 404 for an unknown expert', async () => {
    const bad = await call<ApiErrorBody>('POST', '/api/experts', {
      ...expert('e9', ['astrology'], ['zh']),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('specialties.0');
    expect(bad.body.error.message).toMatch(/astrology/);
    const lang = await call<ApiErrorBody>('POST', '/api/experts', expert('e9', ['tcm'], ['ZH']));
    expect(lang.status).toBe(400);
    expect(lang.body.error.field).toBe('languages.0');
    const window = await call<ApiErrorBody>('POST', '/api/experts', {
      ...expert('e9', ['tcm'], ['zh']),
      availability: [{ from: '2020-05-01', to: '2020-04-01' }],
    });
    expect(window.status).toBe(400);
    expect(window.body.error.field).toBe('availability[0].to');
    const missing = await call<ApiErrorBody>('GET', '/api/experts/nobody');
    expect(missing.status).toBe(404);
  });
});

describe('/api/teams/propose and /api/deployments', () => {
  const request = {
    country: 'irn',
    specialties: [
      { specialty: 'epidemiology', count: 1 },
      { specialty: 'clinical-critical-care', count: 1 },
      { specialty: 'laboratory', count: 1 },
    ],
    languages: ['fa'],
    from: '2020-03-01',
    to: '2020-03-20',
  };

  it('proposes a team and names the specialty nobody covers', async () => {
    const res = await call<ProposalView>('POST', '/api/teams/propose', request);
    expect(res.status).toBe(200);
    expect(res.body.complete).toBe(false);
    expect(res.body.uncovered).toEqual([
      { kind: 'specialty', specialty: 'laboratory', missing: 1 },
    ]);
    const ids = res.body.members.map((m) => m.expertId).sort();
    expect(ids).toEqual(['e1', 'e2', 'e3']);
    expect(res.body.members.find((m) => m.expertId === 'e3')?.role).toEqual({ kind: 'language' });
  });

  it('answers 400 naming the field of a bad request', async () => {
    const count = await call<ApiErrorBody>('POST', '/api/teams/propose', {
      ...request,
      specialties: [{ specialty: 'epidemiology', count: 0 }],
    });
    expect(count.status).toBe(400);
    expect(count.body.error.field).toBe('specialties.0.count');
    const to = await call<ApiErrorBody>('POST', '/api/teams/propose', {
      ...request,
      to: '2020-02-01',
    });
    expect(to.status).toBe(400);
    expect(to.body.error.field).toBe('to');
    const country = await call<ApiErrorBody>('POST', '/api/teams/propose', {
      ...request,
      country: 'XXX',
    });
    expect(country.status).toBe(400);
    expect(country.body.error.field).toBe('country');
  });

  it('records a deployment and its activity log', async () => {
    const created = await call<DeploymentView>('POST', '/api/deployments', {
      id: 'd-irn',
      name: 'Team to Iran (test)',
      country: 'IRN',
      from: '2020-03-01',
      to: '2020-03-20',
      objectives: ['share experience', 'laboratory support'],
      members: [{ expertId: 'e1' }, { expertId: 'e3', role: 'speaker' }],
    });
    expect(created.status).toBe(201);
    expect(created.body.members.map((m) => m.role)).toEqual(['epidemiology', 'speaker']);
    const activity = await call<{ id: number }>('POST', '/api/deployments/d-irn/activities', {
      kind: 'training',
      on: '2020-03-05',
      title: 'Training for hospital staff',
      attendees: 250,
    });
    expect(activity.status).toBe(201);
    const bad = await call<ApiErrorBody>('POST', '/api/deployments/d-irn/activities', {
      kind: 'party',
      on: '2020-03-05',
      title: 'x',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('kind');
    const one = await call<DeploymentView>('GET', '/api/deployments/d-irn');
    expect(one.body.counts.trainees).toBe(250);
    const list = await call<{ deployments: DeploymentView[] }>(
      'GET',
      '/api/deployments?country=IRN',
    );
    expect(list.body.deployments.map((d) => d.id)).toEqual(['d-irn']);
    const clash = await call<ApiErrorBody>('POST', '/api/deployments', {
      name: 'Overlapping team',
      country: 'ITA',
      from: '2020-03-10',
      to: '2020-03-15',
      members: [{ expertId: 'e1' }],
    });
    expect(clash.status).toBe(400);
    expect(clash.body.error.field).toBe('members[0].expertId');
    expect((await call('GET', '/api/deployments/nothing')).status).toBe(404);
    const summary = await call<{ teams: { sent: number; trainees: number } }>(
      'GET',
      '/api/experts/summary?asOf=2020-03-02',
    );
    expect(summary.body.teams).toMatchObject({ sent: 1, trainees: 250 });
    const before = await call<{ teams: { sent: number } }>(
      'GET',
      '/api/experts/summary?asOf=2020-02-01',
    );
    expect(before.body.teams.sent).toBe(0);
    const badDay = await call<ApiErrorBody>('GET', '/api/experts/summary?asOf=2020-02-31');
    expect(badDay.body.error.field).toBe('asOf');
  });
});
