import { useState } from 'react';
import { sendJson } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { SPECIALTIES } from '../../../src/core/experts/types';
import { Refusal, useSend } from './ex-parts';
import { specialtyName, type CountryNames } from './ex-names';
import type { Deployment, TeamProposal } from './experts.types';
import { ProposalView } from './proposal-view';
import { BLANK_DRAFT, draftFromDeployment, draftToRequest, type TeamDraft } from './team-request';

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
