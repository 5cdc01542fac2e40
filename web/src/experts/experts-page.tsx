import { useCallback, useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { useCountryNames } from './ex-parts';
import {
  EXPERTS_TABS,
  parseExpertsUrl,
  serializeExpertsUrl,
  type ExpertsUrlState,
} from './experts-url';
import { GuidancePage } from './guidance-page';
import { RosterPage } from './roster-page';
import { SessionsPage } from './sessions-page';
import { TeamsPage } from './teams-page';

/** Changes part of the experts state (and so the URL). */
export type ExpertsNavigate = (patch: Partial<ExpertsUrlState>) => void;

/**
 * The experts view: roster and stationed teams, team builder and deployments, exchange sessions, and the
 * guidance library; which page, filters, deployment and document are open lives in the URL.
 */
export function ExpertsPage() {
  const { t } = useI18n();
  const [state, setState] = useState<ExpertsUrlState>(() =>
    parseExpertsUrl(window.location.search),
  );
  const navigate = useCallback<ExpertsNavigate>(
    (patch) => setState((s) => ({ ...s, ...patch })),
    [],
  );
  const names = useCountryNames();

  useEffect(() => {
    const search = serializeExpertsUrl(state, window.location.search);
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${search}${window.location.hash}`,
    );
  }, [state]);

  return (
    <main className="layout ex-page" data-testid="experts-page">
      <div className="ex-head">
        <h2>{t('experts.title')}</h2>
        <div className="ex-tabs" role="tablist" aria-label={t('ex.tabs')}>
          {EXPERTS_TABS.map((tab) => (
            <button
              key={tab}
              type="button"
              role="tab"
              aria-selected={state.tab === tab}
              className={state.tab === tab ? 'active' : ''}
              data-testid={`ex-tab-${tab}`}
              onClick={() => navigate({ tab })}
            >
              {t(`ex.tab.${tab}`)}
            </button>
          ))}
        </div>
      </div>
      <p className="muted ex-note">{t('ex.illustrativeNote')}</p>
      {state.tab === 'roster' && <RosterPage state={state} navigate={navigate} names={names} />}
      {state.tab === 'teams' && <TeamsPage state={state} navigate={navigate} names={names} />}
      {state.tab === 'sessions' && <SessionsPage names={names} />}
      {state.tab === 'guidance' && <GuidancePage state={state} navigate={navigate} />}
    </main>
  );
}
