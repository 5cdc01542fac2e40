import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { ApiError } from '../api/client';
import type { CountriesResponse } from '../api/types';
import { api } from '../api/client';
import { useFetch } from '../api/use-fetch';
import { ErrorNotice, Loading } from '../components/status';
import { useI18n } from '../i18n/i18n';
import { illustrativeRecipients, type PlanInputResponse } from './allocation.types';
import { computePlan, type PlanOutcome } from './compute-plan';
import { nameBook } from './names';
import { PlanHeader } from './plan-header';
import { PlanMap } from './plan-map';
import { PlanTable } from './plan-table';
import { ItemSelect, ShipSelect } from './plan-controls';
import { parsePlanUrl, serializePlanUrl, type PlanUrlState } from './plan-url';
import { lineChanges, recipientRows, sortRows, type RowOrder } from './plan-view';
import { knobsOf, sameKnobs, type PolicyKnobs } from './policy-knobs';
import { ProRataComparison } from './pro-rata-comparison';
import { SupplyTable } from './supply-table';
import { WeightSliders } from './weight-sliders';
import { usePlanInput } from './use-plan-input';
import { WhyPanel } from './why-panel';
import './planning.css';
import './plan-side.css';

const now = () => performance.now();

/**
 * The planning page: the proposal for the next batch on the map and in a table, the policy's weights
 * as sliders that recompute it in the browser, a recipient's "why" panel, the pro-rata comparison and
 * stock, reserve and allocation per item. Nothing is stored; the URL remembers item, recipient and sliders.
 */
export function PlanningPage() {
  const { t } = useI18n();
  const start = useMemo(() => parsePlanUrl(window.location.search), []);
  const [ship, setShip] = useState<number | null>(start.ship);
  const input = usePlanInput(ship);
  const countries = useFetch<CountriesResponse>(api.countries());
  if (!input.data) {
    return (
      <main className="layout">
        {input.error ? (
          <ErrorNotice error={input.error} what="plan.error" onRetry={input.reload} />
        ) : (
          <Loading height={480} label={t('plan.loading')} />
        )}
      </main>
    );
  }
  return (
    <Planner
      data={input.data}
      loading={input.loading}
      error={input.error}
      onRetry={input.reload}
      countries={countries.state.status === 'ok' ? countries.state.data.countries : []}
      start={start}
      ship={ship}
      onShip={setShip}
    />
  );
}

function Planner(props: {
  data: PlanInputResponse;
  loading: boolean;
  error: ApiError | null;
  onRetry: () => void;
  countries: CountriesResponse['countries'];
  start: PlanUrlState;
  ship: number | null;
  onShip: (days: number) => void;
}) {
  const { t, lang } = useI18n();
  const { data, start } = props;
  const published = data.input.policy;
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
      { item, pick, knobs: adjusted ? knobs : null, ship: props.ship },
      window.location.search,
    );
    window.history.replaceState(null, '', `${window.location.pathname}${search}`);
  }, [item, pick, knobs, adjusted, props.ship]);

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
    <ItemSelect items={data.input.items} value={shownItem} onChange={setItem} names={names} />
  );
  const shipDays = daysAfter(data.date, data.shipDate);

  return (
    <main
      className="layout plan-layout"
      data-testid="planning-page"
      data-adjusted={adjusted}
      aria-busy={props.loading}
    >
      <PlanHeader
        date={data.date}
        shipDate={data.shipDate}
        plan={plan}
        policy={policy}
        adjusted={adjusted}
        notes={data.notes}
        illustrativeCount={illustrative.size}
        shipControl={
          <ShipSelect
            date={data.date}
            days={shipDays}
            onChange={props.onShip}
            loading={props.loading}
          />
        }
      />
      {props.error && <ErrorNotice error={props.error} what="plan.error" onRetry={props.onRetry} />}
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
        </div>
        <div className="column-side plan-side">
          <WeightSliders
            policy={published}
            knobs={knobs}
            adjusted={adjusted}
            onKnobs={setKnobs}
            onReset={() => setKnobs(knobsOf(published))}
            ms={outcome.status === 'ok' ? outcome.ms : null}
            noShortage={plan !== null && plan.items.every((i) => i.need <= i.available)}
          />
          {plan && plan.lines.length > 0 && (
            <ProRataComparison plan={plan} published={adjusted ? publishedPlan : null} />
          )}
        </div>
      </div>
      {plan && plan.lines.length > 0 && (
        <SupplyTable plan={plan} names={names} shipDate={data.shipDate} />
      )}
    </main>
  );
}

/** Whole days from one ISO date to another. */
function daysAfter(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
