import { useState } from 'react';
import { sendJson } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Refusal, useSend } from './ex-parts';
import { countryName, labelOf, languageName, specialtyName, type CountryNames } from './ex-names';
import type { Deployment, TeamProposal } from './experts.types';
import { coverage, deploymentFromProposal, sharedLanguages } from './team-request';

/** The proposed team: coverage, members with load, shared language, and the deployment made from it. */
export function ProposalView(props: {
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
