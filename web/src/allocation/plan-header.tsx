import type { ReactNode } from 'react';
import type { AllocationPlan, Text } from '../../../src/core/allocation';
import { useI18n } from '../i18n/i18n';
import { formatCount, formatLongDate } from '../lib/format';
import { formatPercent } from './plan-format';
import { planSummary } from './plan-view';

/** The planning page's head: what is planned as of when, under which policy, headline figures and notes. */
export function PlanHeader(props: {
  date: string;
  shipDate: string;
  plan: AllocationPlan | null;
  policy: { id: string; version: string; title: Text };
  adjusted: boolean;
  notes: readonly Text[];
  illustrativeCount: number;
  shipControl: ReactNode;
}) {
  const { t, lang } = useI18n();
  const summary = props.plan ? planSummary(props.plan) : null;
  const quality = props.plan?.quality ?? null;
  return (
    <section className="plan-head" aria-labelledby="plan-title" data-testid="plan-head">
      <div className="plan-head-text">
        <h2 id="plan-title" className="plan-title">
          {t('plan.title')}
        </h2>
        <p className="plan-sub">
          {t('plan.subtitle', {
            date: formatLongDate(props.date, lang),
            shipDate: formatLongDate(props.shipDate, lang),
          })}
        </p>
        <div className="plan-controls">{props.shipControl}</div>
        <p className="plan-sub">
          {t('plan.policyLine', {
            title: props.policy.title[lang],
            version: props.policy.version,
          })}
          {props.adjusted && (
            <span className="adjusted-tag" data-testid="policy-adjusted">
              {t('plan.adjusted')}
            </span>
          )}
        </p>
      </div>
      {summary && quality && summary.lines > 0 && (
        <div className="kpis plan-kpis">
          <Kpi value={formatCount(summary.recipients, lang)} label={t('plan.kpi.recipients')} />
          <Kpi
            value={formatCount(summary.lines, lang)}
            label={t('plan.kpi.lines', {
              met: formatCount(summary.linesMet, lang),
              short: formatCount(summary.linesShort, lang),
            })}
          />
          <Kpi
            value={formatPercent(quality.ours.minFillRate, lang)}
            label={t('plan.kpi.minFill', {
              proRata: formatPercent(quality.proRata.minFillRate, lang),
            })}
            testId="kpi-min-fill"
            accent
          />
          <Kpi
            value={formatPercent(1 - quality.ours.weightedUnmet, lang)}
            label={t('plan.kpi.weightedMet', {
              proRata: formatPercent(1 - quality.proRata.weightedUnmet, lang),
            })}
          />
        </div>
      )}
      {(props.notes.length > 0 || props.illustrativeCount > 0) && (
        <ul className="plan-notes" data-testid="plan-notes">
          {props.illustrativeCount > 0 && (
            <li className="illustrative-note">
              <span className="illustrative-tag">{t('plan.illustrative')}</span>{' '}
              {t('plan.illustrative.note', { n: formatCount(props.illustrativeCount, lang) })}
            </li>
          )}
          {props.notes.map((note) => (
            <li key={note.en}>{note[lang]}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Kpi(props: { value: string; label: string; testId?: string; accent?: boolean }) {
  return (
    <div className={`kpi${props.accent ? ' kpi-accent' : ''}`}>
      <span className="kpi-value" data-testid={props.testId}>
        {props.value}
      </span>
      <span className="kpi-label">{props.label}</span>
    </div>
  );
}
