import { useEffect, useMemo, useState } from 'react';
import { forecastNeeds } from '../../../src/core/forecast';
import type { Forecast, ForecastInput, Scenario } from '../../../src/core/forecast';
import { api, type ApiError } from '../api/client';
import type { SourceId } from '../api/types';
import { ErrorNotice, Loading } from '../components/status';
import { useI18n } from '../i18n/i18n';
import { AssumptionList } from './assumption-list';
import { ForecastControls } from './forecast-controls';
import { rerunnableInput } from './forecast-input';
import { applyWhatIf, browserAssumptions, isNoChange } from './what-if-model';
import { NO_WHAT_IF, type ForecastResponse, type WhatIf } from './forecast.types';
import { ForecastBasis } from './forecast-basis';
import { GroupCharts } from './group-charts';
import { NeedTable } from './need-table';
import { needRows } from './need-rows';
import { useForecast } from './use-forecast';
import { WhatIfControls } from './what-if';
import './forecast.css';

/** Only a failure of the network or the server is worth retrying; a 4xx will say the same again. */
const retryable = (error: ApiError) => error.status === 0 || error.status >= 500;

/** The horizon the tab opens with: the API's default, short enough for exponential growth to hold. */
const DEFAULT_WEEKS = 4;

/** The forecast to show: the API's, or the browser's rerun with the what-if, horizon and scenario. */
function shownForecast(
  data: ForecastResponse,
  input: ForecastInput | null,
  weeks: number,
  scenario: Scenario,
  whatIf: WhatIf,
): { forecast: Forecast; rate: number | null; whatIf: boolean; error: string | null } {
  const rateOf = (f: Forecast) => {
    const a = f.assumptions.find((x) => x.key === 'cases.rate');
    return typeof a?.value === 'number' ? a.value : null;
  };
  const same = data.weeks === weeks && data.scenario === scenario && isNoChange(whatIf);
  if (!input || same) return { forecast: data, rate: rateOf(data), whatIf: false, error: null };
  try {
    const run = forecastNeeds(applyWhatIf({ ...input, weeks, scenario }, whatIf));
    const assumptions = browserAssumptions(run.assumptions, data.assumptions, whatIf);
    return {
      forecast: { ...run, assumptions },
      rate: rateOf(run),
      whatIf: !isNoChange(whatIf),
      error: null,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { forecast: data, rate: rateOf(data), whatIf: false, error: message };
  }
}

/** The needs forecast of a country: controls, what-if, weekly charts per group, table, assumptions. */
export function ForecastTab(props: { iso3: string; source: SourceId | null }) {
  const { t } = useI18n();
  const [weeks, setWeeks] = useState(DEFAULT_WEEKS);
  const [scenario, setScenario] = useState<Scenario>('central');
  const [whatIf, setWhatIf] = useState<WhatIf>(NO_WHAT_IF);
  const [resets, setResets] = useState(0);
  const request = useForecast(api.forecast(props.iso3, weeks, scenario, props.source));
  const { data } = request;
  const input = useMemo(() => (data ? rerunnableInput(data) : null), [data]);
  const shown = useMemo(
    () => (data ? shownForecast(data, input, weeks, scenario, whatIf) : null),
    [data, input, weeks, scenario, whatIf],
  );
  // A new country or source starts from the forecast itself.
  useEffect(() => setWhatIf(NO_WHAT_IF), [props.iso3, props.source]);

  if (!data || !shown) {
    return request.error ? (
      <ErrorNotice
        error={request.error}
        what="error.forecast"
        onRetry={retryable(request.error) ? request.reload : undefined}
      />
    ) : (
      <Loading height={360} />
    );
  }
  const stock = { ...(input?.stock ?? {}), ...whatIf.stock };
  const rows = needRows(shown.forecast, stock);
  const fitted = input?.cases.kind === 'exponential' ? input.cases : null;
  const reset = () => {
    setWhatIf(NO_WHAT_IF);
    setResets((n) => n + 1);
  };
  const scenarioLabel = t(`forecast.scenario.${shown.forecast.scenario}` as const);
  return (
    <div className="forecast" data-testid="forecast-tab" data-what-if={shown.whatIf}>
      <ForecastControls
        weeks={weeks}
        onWeeks={setWeeks}
        scenario={scenario}
        onScenario={setScenario}
        rows={rows}
        basis={{
          iso3: props.iso3,
          asOf: data.asOf,
          source: data.source,
          scenario: shown.forecast.scenario,
          weeks: shown.forecast.weeks,
          rate: shown.rate,
          whatIf: shown.whatIf,
        }}
        loading={request.loading}
      />
      <ForecastBasis
        asOf={data.asOf}
        source={data.source}
        rate={shown.rate}
        whatIf={shown.whatIf}
      />
      {request.error && (
        <ErrorNotice
          error={request.error}
          what="error.forecast"
          onRetry={retryable(request.error) ? request.reload : undefined}
        />
      )}
      {input ? (
        <WhatIfControls
          key={`what-if-${resets}`}
          fitted={fitted}
          rate={whatIf.rate}
          active={shown.whatIf}
          onRate={(rate) => setWhatIf((w) => ({ ...w, rate }))}
          onReset={reset}
        />
      ) : (
        <p className="stat-note">{t('forecast.whatIf.unavailable')}</p>
      )}
      {shown.error && (
        <p className="what-if-error" role="alert">
          {t('forecast.whatIf.invalid', { message: shown.error })}
        </p>
      )}
      <GroupCharts rows={rows} asOf={data.asOf} />
      <h4 className="forecast-subhead">{t('forecast.table.title')}</h4>
      <NeedTable
        key={`table-${resets}`}
        rows={rows}
        caption={t('forecast.table.caption', {
          weeks: t(shown.forecast.weeks === 1 ? 'forecast.weekValue' : 'forecast.weeksValue', {
            n: shown.forecast.weeks,
          }),
          scenario: scenarioLabel,
        })}
        editable={input !== null}
        onStock={(item, value) =>
          setWhatIf((w) => {
            const next = { ...w.stock };
            if (value === null) delete next[item];
            else next[item] = value;
            return { ...w, stock: next };
          })
        }
      />
      <AssumptionList assumptions={shown.forecast.assumptions} />
    </div>
  );
}
