import { useCallback, useEffect, useMemo, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { BatchPlanner } from './batch-planner';
import { ConsignmentsBoard } from './consignments-board';
import { OPS_TABS, parseOpsUrl, serializeOpsUrl, type OpsUrlState } from './ops-url';
import { RequestsInbox } from './requests-inbox';
import { TraceTimeline } from './trace-timeline';

/** Changes part of the operations state (and so the URL). */
export type OpsNavigate = (patch: Partial<OpsUrlState>) => void;

/**
 * The operations view: requests inbox, batch planner with compare and approval, the consignments board by
 * flight and a request line's trace; which page, batch and line are open lives in the URL.
 */
export function OperationsPage() {
  const { t } = useI18n();
  const [state, setState] = useState<OpsUrlState>(() => parseOpsUrl(window.location.search));
  const navigate = useCallback<OpsNavigate>((patch) => setState((s) => ({ ...s, ...patch })), []);

  useEffect(() => {
    const search = serializeOpsUrl(state, window.location.search);
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${search}${window.location.hash}`,
    );
  }, [state]);

  const tabs = useMemo(
    () =>
      OPS_TABS.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          aria-selected={state.tab === tab}
          className={state.tab === tab ? 'active' : ''}
          data-testid={`ops-tab-${tab}`}
          onClick={() => navigate({ tab })}
        >
          {t(`ops.tab.${tab}`)}
        </button>
      )),
    [state.tab, navigate, t],
  );

  return (
    <main className="layout ops-page" data-testid="ops-page">
      <div className="ops-head">
        <h2 id="ops-title">{t('ops.title')}</h2>
        <div className="ops-tabs" role="tablist" aria-label={t('ops.tabs')}>
          {tabs}
        </div>
      </div>
      {state.tab === 'requests' && <RequestsInbox state={state} navigate={navigate} />}
      {state.tab === 'batches' && <BatchPlanner state={state} navigate={navigate} />}
      {state.tab === 'board' && <ConsignmentsBoard state={state} navigate={navigate} />}
      {state.tab === 'trace' && <TraceTimeline state={state} navigate={navigate} />}
    </main>
  );
}
