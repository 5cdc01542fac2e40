import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { CountriesResponse } from '../api/types';
import { api, query } from '../api/client';
import { useFetch } from '../api/use-fetch';
import { ErrorNotice, Loading } from '../components/status';
import { useI18n } from '../i18n/i18n';
import { illustrativeRecipients, type PlanInputResponse } from './allocation.types';
import { computePlan, type PlanOutcome } from './compute-plan';
import { nameBook } from './names';
import { PlanHeader } from './plan-header';
import { PlanMap } from './plan-map';
import { PlanTable } from './plan-table';
import { parsePlanUrl, serializePlanUrl } from './plan-url';
import { lineChanges, recipientRows, sortRows, type RowOrder } from './plan-view';
import { knobsOf, sameKnobs, type PolicyKnobs } from './policy-knobs';
import { ProRataComparison } from './pro-rata-comparison';
import { SupplyTable } from './supply-table';
import { WeightSliders } from './weight-sliders';
import { WhyPanel } from './why-panel';
import './planning.css';
import './plan-side.css';

/** URL of the plan input: the scenario's open requests, stock and reserve as of a date (default: its as-of). */
export const planInputUrl = (date: string | null) => `/api/allocations/input${query({ date })}`;

const now = () => performance.now();

/**
 * The planning page: the proposal for the next batch on the map and in a table, the policy's weights
 * as sliders that recompute it in the browser, a recipient's "why" panel, the pro-rata comparison and
 * stock, reserve and allocation per item. Nothing is stored; the URL remembers item, recipient and sliders.
 */
export function PlanningPage() {
  const { t } = useI18n();
  const input = useFetch<PlanInputResponse>(planInputUrl(null));
  const countries = useFetch<CountriesResponse>(api.countries());
  if (input.state.status === 'error') {
    return (
      <main className="layout">
        <ErrorNotice error={input.state.error} what="plan.error" onRetry={input.reload} />
      </main>
    );
  }
  if (input.state.status === 'loading') {
    return (
      <main className="layout">
        <Loading height={480} label={t('plan.loading')} />
      </main>
    );
  }
  return (
    <Planner
      data={input.state.data}
      countries={countries.state.status === 'ok' ? countries.state.data.countries : []}
    />
  );
}

function Planner(props: { data: PlanInputResponse; countries: CountriesResponse['countries'] }) {
  const { t, lang } = useI18n();
  const { data } = props;
  const published = data.input.policy;
  const start = useMemo(() => parsePlanUrl(window.location.search), []);
  const [knobs, setKnobs] = useState<PolicyKnobs>(() => start.knobs ?? knobsOf(published));
  const [item, setItem] = useState<string | null>(start.item);
  const [pick, setPick] = useState<string | null>(start.pick);
  const [order, setOrder] = useState<RowOrder>('weight');
  const adjusted = !sameKnobs(knobs, knobsOf(published));
  // Dragging stays smooth: React renders the new plan when it has time.
  const shownKnobs = useDeferredValue(knobs);

  const reference = useMemo(() => computePlan(data.input, null, now), [data]);
  const outcome: PlanOutcome = useMemo(
    () =>
      sameKnobs(shownKnobs, knobsOf(published))
        ? reference
        : computePlan(data.input, shownKnobs, now),
    [data, shownKnobs, published, reference],
  );

  useEffect(() => {
    const search = serializePlanUrl(
      { item, pick, knobs: adjusted ? knobs : null },
      window.location.search,
    );
    window.history.replaceState(null, '', `${window.location.pathname}${search}`);
  }, [item, pick, knobs, adjusted]);

  const names = useMemo(
    () => nameBook(lang, data.names.recipients, props.countries, data.names.items),
    [lang, data, props.countries],
  );
  const illustrative = useMemo(() => illustrativeRecipients(data.requests), [data]);
  const plan = outcome.status === 'ok' ? outcome.plan : null;
  const publishedPlan = reference.status === 'ok' ? reference.plan : null;
  const shownItem = item !== null && data.input.items.some((i) => i.id === item) ? item : null;
  const rows = useMemo(
    () => (plan ? sortRows(recipientRows(plan, shownItem), order, names.recipient) : []),
    [plan, shownItem, order, names],
  );
  const changes = useMemo(
    () => (plan && publishedPlan && adjusted ? lineChanges(plan, publishedPlan) : null),
    [plan, publishedPlan, adjusted],
  );
  const policy = plan ? { ...published, version: plan.policy.version } : published;
  const itemControl = (
    <label className="plan-item-select">
      <span>{t('plan.map.item')}</span>
      <select
        value={shownItem ?? ''}
        onChange={(e) => setItem(e.target.value === '' ? null : e.target.value)}
        data-testid="plan-item"
      >
        <option value="">{t('plan.map.allItems')}</option>
        {data.input.items.map((i) => (
          <option key={i.id} value={i.id}>
            {names.item(i.id)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <main className="layout plan-layout" data-testid="planning-page" data-adjusted={adjusted}>
      <PlanHeader
        date={data.date}
        shipDate={data.shipDate}
        plan={plan}
        policy={policy}
        adjusted={adjusted}
        notes={data.notes}
        illustrativeCount={illustrative.size}
      />
      {outcome.status === 'invalid' && (
        <div className="error-notice" role="alert">
          <strong>{t('plan.invalid')}</strong>
          <span className="error-detail">{outcome.issues.join('; ')}</span>
        </div>
      )}
      {outcome.status === 'needs-solver' && (
        <div className="error-notice" role="alert">
          <strong>{t('plan.needsSolver', { why: outcome.why })}</strong>
        </div>
      )}
      <div className="columns">
        <div className="column-main">
          {plan && plan.lines.length === 0 && (
            <p className="card plan-empty" data-testid="plan-empty">
              {t('plan.empty')}
            </p>
          )}
          {plan && plan.lines.length > 0 && (
            <PlanMap
              rows={rows}
              countries={props.countries}
              names={names}
              illustrative={illustrative}
              selected={pick}
              onSelect={setPick}
              itemControl={itemControl}
            />
          )}
          {plan && pick && (
            <WhyPanel
              plan={plan}
              reference={publishedPlan}
              policy={published}
              id={pick}
              names={names}
              illustrative={illustrative.get(pick) ?? null}
              onClose={() => setPick(null)}
            />
          )}
          {plan && plan.lines.length > 0 && (
            <PlanTable
              rows={rows}
              names={names}
              illustrative={illustrative}
              changes={changes}
              order={order}
              onOrder={setOrder}
              selected={pick}
              onSelect={setPick}
            />
          )}
          {plan && plan.lines.length > 0 && (
            <SupplyTable plan={plan} names={names} shipDate={data.shipDate} />
          )}
        </div>
        <div className="column-side plan-side">
          <WeightSliders
            policy={published}
            knobs={knobs}
            adjusted={adjusted}
            onKnobs={setKnobs}
            onReset={() => setKnobs(knobsOf(published))}
            ms={outcome.status === 'ok' ? outcome.ms : null}
          />
          {plan && plan.lines.length > 0 && (
            <ProRataComparison plan={plan} published={adjusted ? publishedPlan : null} />
          )}
        </div>
      </div>
    </main>
  );
}
