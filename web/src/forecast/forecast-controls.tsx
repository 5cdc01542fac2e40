import { useEffect, useMemo, useState } from 'react';
import type { Scenario } from '../../../src/core/forecast';
import { MAX_WEEKS } from '../../../src/core/forecast';
import { Segmented } from '../components/status';
import { useI18n } from '../i18n/i18n';
import type { CsvBasis } from './forecast-csv';
import { csvFileName, forecastCsv } from './forecast-csv';
import type { NeedRow } from './need-rows';

const SCENARIOS: readonly Scenario[] = ['low', 'central', 'high'];

/** A blob: URL for a text file, revoked when the text changes or the component goes away. */
function useFileUrl(text: string, type: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    // The byte-order mark lets spreadsheet programs read the Chinese item names as UTF-8.
    const next = URL.createObjectURL(new Blob(['\uFEFF', text], { type }));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [text, type]);
  return url;
}

/** The forecast's title and switches: scenario, horizon in weeks, and the CSV download. */
export function ForecastControls(props: {
  weeks: number;
  onWeeks: (weeks: number) => void;
  scenario: Scenario;
  onScenario: (scenario: Scenario) => void;
  rows: readonly NeedRow[];
  basis: CsvBasis;
  loading: boolean;
}) {
  const { t } = useI18n();
  const csv = useMemo(() => forecastCsv(props.rows, props.basis), [props.rows, props.basis]);
  const url = useFileUrl(csv, 'text/csv;charset=utf-8');
  return (
    <div className="forecast-head">
      <h3 className="forecast-title">
        {t('forecast.title')}
        <span
          className={`forecast-badge ${props.basis.whatIf ? 'what-if-badge' : ''}`}
          data-testid="forecast-badge"
        >
          {t(props.basis.whatIf ? 'forecast.badgeWhatIf' : 'forecast.badge')}
        </span>
        {props.loading && <span className="loading-dot" aria-hidden="true" />}
      </h3>
      <div className="forecast-switches">
        <Segmented
          label={t('forecast.scenario')}
          value={props.scenario}
          options={SCENARIOS.map((s) => ({
            value: s,
            label: t(`forecast.scenario.${s}` as const),
          }))}
          onChange={props.onScenario}
        />
        <label className="weeks-pick">
          <span>{t('forecast.weeks')}</span>
          <select
            className="select"
            value={props.weeks}
            data-testid="forecast-weeks"
            onChange={(e) => props.onWeeks(Number(e.target.value))}
          >
            {Array.from({ length: MAX_WEEKS }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n === 1 ? t('forecast.weekValue') : t('forecast.weeksValue', { n })}
              </option>
            ))}
          </select>
        </label>
        {url && (
          <a
            className="button download"
            href={url}
            download={csvFileName(props.basis)}
            data-testid="forecast-download"
          >
            {t('forecast.download')}
          </a>
        )}
      </div>
    </div>
  );
}
