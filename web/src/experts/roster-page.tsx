import { useMemo } from 'react';
import { useFetch } from '../api/use-fetch';
import { ErrorNotice, Loading } from '../components/status';
import { useI18n } from '../i18n/i18n';
import { SPECIALTIES } from '../../../src/core/experts/types';
import { Illustrative } from './ex-parts';
import {
  countryName,
  expertName,
  languageName,
  specialtyName,
  type CountryNames,
} from './ex-names';
import type { ExpertsNavigate } from './experts-page';
import type { Expert, StationedTeam } from './experts.types';
import type { ExpertsUrlState } from './experts-url';
import { filterRoster, rosterLanguages, stationedByCountry } from './roster-filter';

/** The roster with its filters (specialty, language, a day available) and the teams stationed abroad. */
export function RosterPage(props: {
  state: ExpertsUrlState;
  navigate: ExpertsNavigate;
  names: CountryNames;
}) {
  const { t, lang } = useI18n();
  const { state, navigate, names } = props;
  const roster = useFetch<{ experts: Expert[] }>('/api/experts');
  const stationed = useFetch<{ teams: StationedTeam[] }>('/api/stationed-teams');
  const experts = useMemo(
    () => (roster.state.status === 'ok' ? roster.state.data.experts : []),
    [roster.state],
  );
  const shown = filterRoster(experts, state);
  const languages = rosterLanguages(experts);

  return (
    <div className="ex-columns">
      <section className="card ex-section" aria-labelledby="ex-roster-title">
        <div className="card-head">
          <h2 id="ex-roster-title">{t('ex.roster.title')}</h2>
          <span className="muted" data-testid="ex-roster-count">
            {t('ex.roster.count', { n: shown.length, total: experts.length })}
          </span>
        </div>
        <div className="ex-filters">
          <label>
            {t('ex.roster.specialty')}{' '}
            <select
              data-testid="ex-filter-specialty"
              value={state.specialty ?? ''}
              onChange={(e) => navigate({ specialty: e.target.value || null })}
            >
              <option value="">{t('ex.any')}</option>
              {SPECIALTIES.map((s) => (
                <option key={s} value={s}>
                  {specialtyName(s, lang)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('ex.roster.language')}{' '}
            <select
              data-testid="ex-filter-language"
              value={state.language ?? ''}
              onChange={(e) => navigate({ language: e.target.value || null })}
            >
              <option value="">{t('ex.any')}</option>
              {languages.map((l) => (
                <option key={l} value={l}>
                  {languageName(l, lang)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('ex.roster.availableOn')}{' '}
            <input
              type="date"
              data-testid="ex-filter-on"
              value={state.availableOn ?? ''}
              onChange={(e) => navigate({ availableOn: e.target.value || null })}
            />
          </label>
          <button
            type="button"
            className="button"
            onClick={() => navigate({ specialty: null, language: null, availableOn: null })}
          >
            {t('ex.roster.clear')}
          </button>
        </div>
        {roster.state.status === 'error' ? (
          <ErrorNotice error={roster.state.error} what="ex.error.load" onRetry={roster.reload} />
        ) : roster.state.status === 'loading' ? (
          <Loading />
        ) : shown.length === 0 ? (
          <p className="muted">{t('ex.roster.empty')}</p>
        ) : (
          <div className="table-scroll">
            <table className="ex-table" data-testid="ex-roster">
              <thead>
                <tr>
                  <th>{t('ex.col.name')}</th>
                  <th>{t('ex.col.specialties')}</th>
                  <th>{t('ex.col.languages')}</th>
                  <th>{t('ex.col.institution')}</th>
                  <th>{t('ex.col.availability')}</th>
                  <th>{t('ex.col.deployments')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((e) => (
                  <tr key={e.id} data-expert={e.id}>
                    <td>
                      {expertName(e, lang)} <Illustrative show={e.basis === 'illustrative'} />
                      <div className="muted">{e.id}</div>
                    </td>
                    <td>{e.specialties.map((s) => specialtyName(s, lang)).join(', ')}</td>
                    <td>{e.languages.map((l) => languageName(l, lang)).join(', ')}</td>
                    <td>{e.institution}</td>
                    <td className="ex-dates">
                      {e.availability.map((w) => `${w.from} – ${w.to}`).join('; ')}
                    </td>
                    <td className="ex-dates">
                      {e.deployments.length === 0
                        ? t('ex.none')
                        : e.deployments
                            .map(
                              (d) => `${countryName(names, d.country, lang)} ${d.from} – ${d.to}`,
                            )
                            .join('; ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <StationedTeams state={stationed.state} names={names} reload={stationed.reload} />
    </div>
  );
}

function StationedTeams(props: {
  state: ReturnType<typeof useFetch<{ teams: StationedTeam[] }>>['state'];
  names: CountryNames;
  reload: () => void;
}) {
  const { t, lang } = useI18n();
  if (props.state.status === 'error') {
    return <ErrorNotice error={props.state.error} what="ex.error.load" onRetry={props.reload} />;
  }
  if (props.state.status === 'loading') return <Loading />;
  const teams = props.state.data.teams;
  const groups = stationedByCountry(teams);
  return (
    <section
      className="card ex-section"
      aria-labelledby="ex-stationed-title"
      data-testid="ex-stationed"
    >
      <div className="card-head">
        <h2 id="ex-stationed-title">{t('ex.stationed.title')}</h2>
        <span className="muted">
          {t('ex.stationed.summary', {
            teams: teams.length,
            members: groups.reduce((s, g) => s + g.members, 0),
            countries: groups.length,
          })}
        </span>
      </div>
      <ul className="ex-list">
        {groups.map((g) => (
          <li key={g.country} data-country={g.country}>
            <strong>{countryName(props.names, g.country, lang)}</strong>{' '}
            <span className="muted">{t('ex.people', { n: g.members })}</span>
            <ul>
              {g.teams.map((team) => (
                <li key={team.id}>
                  {lang === 'zh' && team.nameZh ? team.nameZh : team.name}{' '}
                  <Illustrative show={team.basis === 'illustrative'} />
                  <div className="muted">
                    {t(`ex.stationed.kind.${team.kind}`)} ·{' '}
                    {t('ex.stationed.members', { n: team.members })} ·{' '}
                    {team.specialties.map((s) => specialtyName(s, lang)).join(', ')} ·{' '}
                    {t('ex.stationed.since', { date: team.since })}
                  </div>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
