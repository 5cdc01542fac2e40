import { useMemo, useState } from 'react';
import type { SeriesPoint } from '../api/types';
import { SeriesChart } from '../charts/series-chart';
import { Segmented } from '../components/status';
import { useI18n } from '../i18n/i18n';
import { chartPoints, trimQuietStart, type ChartMeasure } from '../lib/series';

const COLOURS: Record<ChartMeasure, string> = { cases: '#c2410c', deaths: '#334155' };

/** The country's case and death curves with switches: daily or cumulative, cases or deaths, linear or log. */
export function CountryCurves(props: { series: readonly SeriesPoint[] }) {
  const { t } = useI18n();
  const [measure, setMeasure] = useState<ChartMeasure>('cases');
  const [view, setView] = useState<'daily' | 'cumulative'>('daily');
  const [log, setLog] = useState(false);
  const daily = view === 'daily';
  const points = useMemo(
    () => chartPoints(trimQuietStart(props.series), measure, daily),
    [props.series, measure, daily],
  );
  const valueLabel = daily
    ? t(measure === 'cases' ? 'chart.newCases' : 'chart.newDeaths')
    : t(measure === 'cases' ? 'chart.totalCases' : 'chart.totalDeaths');
  return (
    <div className="curves">
      <div className="curve-controls">
        <Segmented
          label={t('field.cases')}
          value={measure}
          options={[
            { value: 'cases', label: t('field.cases') },
            { value: 'deaths', label: t('field.deaths') },
          ]}
          onChange={setMeasure}
        />
        <Segmented
          label={t('chart.daily')}
          value={view}
          options={[
            { value: 'daily', label: t('chart.daily') },
            { value: 'cumulative', label: t('chart.cumulative') },
          ]}
          onChange={setView}
        />
        <label className="toggle">
          <input type="checkbox" checked={log} onChange={(e) => setLog(e.target.checked)} />
          {t('chart.log')}
        </label>
      </div>
      <SeriesChart
        points={points}
        daily={daily}
        log={log}
        colour={COLOURS[measure]}
        valueLabel={valueLabel}
        meanLabel={t('chart.mean7')}
      />
    </div>
  );
}
