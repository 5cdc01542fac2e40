import { useState } from 'react';
import { sendJson } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { SPECIALTIES } from '../../../src/core/experts/types';
import { Refusal, useSend } from './ex-parts';
import { countryName, labelOf, languageName, specialtyName, type CountryNames } from './ex-names';
import type { Deployment, TeamProposal } from './experts.types';
import {
  BLANK_DRAFT,
  coverage,
  deploymentFromProposal,
  draftFromDeployment,
  draftToRequest,
  sharedLanguages,
  type TeamDraft,
} from './team-request';

/** The request form, the proposed team (or what cannot be covered) and the deployment made from it. */
export function TeamBuilder(props: {
  deployments: readonly Deployment[];
  names: CountryNames;
  onCreated: (id: string) => void;
}) {
  const { t, lang } = useI18n();
  const [start, setStart] = useState('');
  const [draft, setDraft] = useState<TeamDraft>(BLANK_DRAFT);
  const [proposal, setProposal] = useState<TeamProposal | null>(null);
  const propose = useSend();
  const requested = props.deployments.filter((d) => d.status === 'requested');
  const count = (s: string) => draft.needs.find((n) => n.specialty === s)?.count ?? 0;
  const setCount = (specialty: string, value: number) =>
    setDraft((d) => ({
      ...d,
      needs: [...d.needs.filter((n) => n.specialty !== specialty), { specialty, count: value }],
    }));

  const onStart = (id: string) => {
    setStart(id);
    const d = requested.find((r) => r.id === id);
    setDraft(d ? draftFromDeployment(d) : BLANK_DRAFT);
    setProposal(null);
  };

  const submit = async () => {
    const checked = draftToRequest({
      ...draft,
      needs: SPECIALTIES.map((s) => ({ specialty: s, count: count(s) })),
    });
    if (!checked.ok) {
      propose.fail(checked.problem.message, checked.problem.field);
      return;
    }
    const answer = await propose.run(() =>
      sendJson<TeamProposal>('POST', '/api/teams/propose', checked.body),
    );
    if (answer) setProposal(answer);
  };

  return (
    <section
      className="card ex-section"
      aria-labelledby="ex-builder-title"
      data-testid="ex-builder"
    >
      <div className="card-head">
        <h2 id="ex-builder-title">{t('ex.builder.title')}</h2>
      </div>
      <form
        className="ex-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label>
          {t('ex.builder.start')}
          <select
            data-testid="ex-builder-start"
            value={start}
            onChange={(e) => onStart(e.target.value)}
          >
            <option value="">{t('ex.builder.startBlank')}</option>
            {requested.map((d) => (
              <option key={d.id} value={d.id}>
                {t('ex.builder.startRequested', { name: d.name })}
              </option>
            ))}
          </select>
        </label>
        <div className="ex-form-row">
          <label>
            {t('ex.builder.country')}
            <input
              data-testid="ex-builder-country"
              value={draft.country}
              size={5}
              onChange={(e) => setDraft({ ...draft, country: e.target.value })}
            />
          </label>
          <label>
            {t('ex.builder.from')}
            <input
              type="date"
              data-testid="ex-builder-from"
              value={draft.from}
              onChange={(e) => setDraft({ ...draft, from: e.target.value })}
            />
          </label>
          <label>
            {t('ex.builder.to')}
            <input
              type="date"
              data-testid="ex-builder-to"
              value={draft.to}
              onChange={(e) => setDraft({ ...draft, to: e.target.value })}
            />
          </label>
          <label>
            {t('ex.builder.languages')}
            <input
              data-testid="ex-builder-languages"
              value={draft.languages}
              onChange={(e) => setDraft({ ...draft, languages: e.target.value })}
            />
          </label>
        </div>
        <fieldset className="ex-needs">
          <legend>{t('ex.builder.needs')}</legend>
          {SPECIALTIES.map((s) => (
            <label key={s}>
              <input
                type="number"
                min={0}
                max={50}
                data-testid={`ex-need-${s}`}
                value={count(s)}
                onChange={(e) => setCount(s, Number(e.target.value))}
              />{' '}
              {specialtyName(s, lang)}
            </label>
          ))}
        </fieldset>
        <div>
          <button
            type="submit"
            className="button ex-primary"
            data-testid="ex-propose"
            disabled={propose.busy}
          >
            {t('ex.builder.propose')}
          </button>
        </div>
        <Refusal error={propose.error} />
      </form>
      {proposal && (
        <ProposalView
          key={JSON.stringify(proposal.request)}
          proposal={proposal}
          names={props.names}
          onCreated={props.onCreated}
        />
      )}
    </section>
  );
}

function ProposalView(props: {
  proposal: TeamProposal;
  names: CountryNames;
  onCreated: (id: string) => void;
}) {
  const { t, lang } = useI18n();
  const { proposal } = props;
  const country = countryName(props.names, proposal.request.country, lang);
  const [name, setName] = useState(t('ex.builder.deployNameDefault', { country }));
  const [objectives, setObjectives] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const create = useSend();
  const who = (id: string) => proposal.names[id]?.name ?? id;
  const shared = sharedLanguages(proposal);
  const o = proposal.objective;

  const submit = async () => {
    const body = deploymentFromProposal(proposal, name, objectives.split('\n'));
    const answer = await create.run(() => sendJson<Deployment>('POST', '/api/deployments', body));
    if (answer) {
      setCreated(answer.name);
      props.onCreated(answer.id);
    }
  };

  return (
    <div
      className="ex-proposal"
      data-testid="ex-proposal"
      data-complete={String(proposal.complete)}
    >
      {proposal.complete ? (
        <p className="ex-ok">{t('ex.builder.complete')}</p>
      ) : (
        <div className="ex-warn" data-testid="ex-uncovered">
          {t('ex.builder.incomplete')}
          <ul>
            {proposal.uncovered.map((u) =>
              u.kind === 'specialty' ? (
                <li key={u.specialty} data-uncovered={u.specialty}>
                  {t('ex.builder.uncoveredSpecialty', {
                    specialty: specialtyName(u.specialty, lang),
                    n: u.missing,
                  })}
                </li>
              ) : (
                <li key="language" data-uncovered="language">
                  {t('ex.builder.uncoveredLanguage', {
                    languages: u.languages.map((l) => languageName(l, lang)).join(', '),
                  })}
                </li>
              ),
            )}
          </ul>
        </div>
      )}
      <table className="ex-table" data-testid="ex-coverage">
        <caption>{t('ex.builder.covers')}</caption>
        <thead>
          <tr>
            <th>{t('ex.roster.specialty')}</th>
            <th className="num">{t('ex.builder.needed')}</th>
            <th>{t('ex.builder.who')}</th>
          </tr>
        </thead>
        <tbody>
          {coverage(proposal).map((c) => (
            <tr key={c.specialty} data-specialty={c.specialty} data-missing={c.missing}>
              <td>{specialtyName(c.specialty, lang)}</td>
              <td className="num">{c.needed}</td>
              <td>{c.members.map(who).join(', ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="ex-table" data-testid="ex-members">
        <caption>{t('ex.builder.members')}</caption>
        <thead>
          <tr>
            <th>{t('ex.col.name')}</th>
            <th>{t('ex.builder.role')}</th>
            <th>{t('ex.builder.speaks')}</th>
            <th className="num">{t('ex.builder.load')}</th>
          </tr>
        </thead>
        <tbody>
          {proposal.members.map((m) => (
            <tr key={m.expertId} data-member={m.expertId}>
              <td>
                {who(m.expertId)}
                <div className="muted">{proposal.names[m.expertId]?.institution}</div>
              </td>
              <td>
                {m.role.kind === 'specialty'
                  ? specialtyName(m.role.specialty, lang)
                  : t('ex.builder.roleLanguage')}
              </td>
              <td>{m.speaks.map((l) => languageName(l, lang)).join(', ') || '—'}</td>
              <td className="num">{m.pastDeploymentDays}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="ex-shared-language">
        {proposal.request.languages.length === 0
          ? t('ex.builder.noLanguages')
          : shared.length > 0
            ? t('ex.builder.shared', {
                languages: shared.map((l) => languageName(l, lang)).join(', '),
              })
            : t('ex.builder.noShared')}
      </p>
      <p className="muted">
        {t('ex.builder.fairness', {
          max: o.maxPastDays,
          total: o.totalPastDays,
          people: o.people,
          rest: proposal.restDays,
        })}
      </p>
      {proposal.ineligible.length > 0 && (
        <details className="muted">
          <summary>{t('ex.builder.ineligible', { n: proposal.ineligible.length })}</summary>
          <ul>
            {proposal.ineligible.map((i) => (
              <li key={i.expertId}>
                {i.expertId}: {labelOf('ex.reason.', i.reason, lang)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {proposal.members.length > 0 && (
        <form
          className="ex-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <label>
            {t('ex.builder.deployName')}
            <input
              data-testid="ex-deploy-name"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </label>
          <label>
            {t('ex.builder.objectives')}
            <textarea
              data-testid="ex-deploy-objectives"
              rows={2}
              value={objectives}
              onChange={(e) => setObjectives(e.target.value)}
            />
          </label>
          <div>
            <button
              type="submit"
              className="button ex-primary"
              data-testid="ex-create-deployment"
              disabled={create.busy || created !== null}
            >
              {t('ex.builder.create')}
            </button>
          </div>
          <Refusal error={create.error} />
          {created && (
            <p className="ex-ok" data-testid="ex-deployment-created">
              {t('ex.builder.created', { name: created })}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
