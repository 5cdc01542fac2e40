import type { AllocationPlan, QualityMetrics } from '../../../src/core/allocation';
import type { MessageKey } from '../i18n/dictionaries';
import { useI18n } from '../i18n/i18n';
import { formatPercent, formatWeight } from './plan-format';
import { better } from './plan-view';

const METRICS: readonly {
  id: keyof QualityMetrics;
  label: MessageKey;
  hint: MessageKey;
  percent: boolean;
}[] = [
  {
    id: 'minFillRate',
    label: 'plan.compare.minFill',
    hint: 'plan.compare.minFillHint',
    percent: true,
  },
  {
    id: 'weightedUnmet',
    label: 'plan.compare.unmet',
    hint: 'plan.compare.unmetHint',
    percent: true,
  },
  { id: 'gini', label: 'plan.compare.gini', hint: 'plan.compare.giniHint', percent: false },
];

/**
 * This plan against population pro-rata (the rule COVAX and the US stockpile used): lowest fill rate,
 * weighted unmet need and the Gini of fill rates; with the published policy's figures when sliders moved.
 */
export function ProRataComparison(props: {
  plan: AllocationPlan;
  /** The plan under the published policy, shown as its own column when the sliders moved. */
  published: AllocationPlan | null;
}) {
  const { t, lang } = useI18n();
  const { ours, proRata } = props.plan.quality;
  const show = (m: (typeof METRICS)[number], q: QualityMetrics) =>
    m.percent ? formatPercent(q[m.id], lang) : formatWeight(q[m.id], lang);
  return (
    <section className="card plan-compare" aria-labelledby="plan-compare-title">
      <div className="card-head">
        <h2 id="plan-compare-title">{t('plan.compare.title')}</h2>
      </div>
      <table className="compare-table" data-testid="plan-compare">
        <thead>
          <tr>
            <th scope="col">{t('plan.compare.measure')}</th>
            <th scope="col" className="num">
              {t(props.published ? 'plan.compare.adjusted' : 'plan.compare.ours')}
            </th>
            {props.published && (
              <th scope="col" className="num">
                {t('plan.compare.published')}
              </th>
            )}
            <th scope="col" className="num">
              {t('plan.compare.proRata')}
            </th>
          </tr>
        </thead>
        <tbody>
          {METRICS.map((m) => {
            const winner = better(m.id, ours[m.id], proRata[m.id]);
            return (
              <tr key={m.id} data-metric={m.id}>
                <th scope="row">
                  {t(m.label)}
                  <span className="compare-hint">{t(m.hint)}</span>
                </th>
                <td
                  className={`num${winner === 'ours' ? ' wins' : ''}`}
                  data-testid={`compare-ours-${m.id}`}
                >
                  {show(m, ours)}
                </td>
                {props.published && (
                  <td className="num muted-num">{show(m, props.published.quality.ours)}</td>
                )}
                <td
                  className={`num${winner === 'theirs' ? ' wins' : ''}`}
                  data-testid={`compare-pro-rata-${m.id}`}
                >
                  {show(m, proRata)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="plan-hint">{t('plan.compare.note')}</p>
      {props.plan.notes.map((note) => (
        <p key={note.en} className="plan-hint">
          {note[lang]}
        </p>
      ))}
    </section>
  );
}
