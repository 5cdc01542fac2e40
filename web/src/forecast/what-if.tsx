import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { formatGrowthPercent } from '../lib/format';
import { parseGrowthPercent } from './what-if-model';

/** The fitted growth rate per day with its 95 % interval. */
export interface FittedGrowth {
  rate: number;
  rateLow: number;
  rateHigh: number;
}

const percent = (rate: number) => String(Math.round(rate * 1000) / 10);

/** The what-if controls: the growth rate as a slider and a number, and a way back to the forecast. */
export function WhatIfControls(props: {
  fitted: FittedGrowth | null;
  rate: number | null;
  active: boolean;
  onRate: (rate: number | null) => void;
  onReset: () => void;
}) {
  const { t, lang } = useI18n();
  const { fitted } = props;
  const current = props.rate ?? fitted?.rate ?? 0;
  const [draft, setDraft] = useState<string | null>(null);
  const invalid = draft !== null && parseGrowthPercent(draft) === 'invalid';
  const min = Math.min(-10, Math.floor(current * 100) - 5);
  const max = Math.max(50, Math.ceil(current * 100) + 5);
  const set = (rate: number) =>
    props.onRate(fitted && Math.abs(rate - fitted.rate) < 1e-9 ? null : rate);
  return (
    <section className="what-if" aria-labelledby="what-if-title">
      <div className="what-if-head">
        <h4 id="what-if-title">{t('forecast.whatIf.title')}</h4>
        {props.active && (
          <button
            type="button"
            className="button"
            onClick={props.onReset}
            data-testid="what-if-reset"
          >
            {t('forecast.whatIf.reset')}
          </button>
        )}
      </div>
      {fitted && (
        <div className="what-if-growth">
          <label htmlFor="what-if-rate">{t('forecast.whatIf.growth')}</label>
          <input
            type="range"
            aria-label={t('forecast.whatIf.growth')}
            min={min}
            max={max}
            step={0.1}
            value={current * 100}
            onChange={(e) => {
              setDraft(null);
              set(Number(e.target.value) / 100);
            }}
          />
          <input
            id="what-if-rate"
            className="rate-input"
            type="text"
            inputMode="decimal"
            data-testid="what-if-rate"
            aria-invalid={invalid}
            value={draft ?? percent(current)}
            onChange={(e) => {
              setDraft(e.target.value);
              const parsed = parseGrowthPercent(e.target.value);
              if (parsed !== 'invalid') set(parsed);
            }}
            onBlur={() => setDraft(null)}
          />
          <span className="stat-note">
            {t('forecast.whatIf.fitted', {
              rate: formatGrowthPercent(fitted.rate, lang),
              low: formatGrowthPercent(fitted.rateLow, lang),
              high: formatGrowthPercent(fitted.rateHigh, lang),
            })}
          </span>
        </div>
      )}
      <p className="stat-note">{t('forecast.whatIf.hint')}</p>
    </section>
  );
}
