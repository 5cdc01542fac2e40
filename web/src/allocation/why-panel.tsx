import type {
  AllocationPlan,
  FactorScore,
  Policy,
  PlanLine,
  PlanRecipient,
} from '../../../src/core/allocation';
import { useI18n } from '../i18n/i18n';
import { formatCount } from '../lib/format';
import type { NameBook } from './names';
import { boundKey, componentValue, formatPercent, formatWeight } from './plan-format';
import { FillBar } from './plan-table';
import { linesOf, recipientRows } from './plan-view';

/** Colours of the factors in the weight bar (the baseline is grey). */
const FACTOR_COLOURS: Record<string, string> = {
  severity: '#b3261e',
  'health-system': '#2f6fb3',
  request: '#8a5cc2',
  'donor-capacity': '#2f8f68',
  reciprocity: '#c08a1e',
};

/**
 * Why a recipient gets what it gets: its weight and the factors behind it (each component's raw value
 * and score), each line's fill rate, what bound it, the engine's reason and what pro-rata would give.
 */
export function WhyPanel(props: {
  plan: AllocationPlan;
  /** The plan under the published policy, to show how far the sliders moved this recipient. */
  reference: AllocationPlan | null;
  policy: Policy;
  id: string;
  names: NameBook;
  illustrative: 'all' | 'some' | null;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const recipient = props.plan.recipients.find((r) => r.id === props.id);
  const row = recipientRows(props.plan).find((r) => r.id === props.id);
  if (!recipient || !row) {
    return (
      <section className="card why-panel" data-testid="why-panel">
        <p className="plan-hint">{t('plan.why.notInPlan', { id: props.id })}</p>
      </section>
    );
  }
  const before = props.reference?.recipients.find((r) => r.id === props.id)?.score.weight;
  const moved = before !== undefined && Math.abs(before - recipient.score.weight) > 1e-9;
  return (
    <section
      className="card why-panel"
      aria-labelledby="why-title"
      data-testid="why-panel"
      data-recipient={props.id}
    >
      <div className="panel-head">
        <div>
          <h2 id="why-title" className="why-title">
            {t('plan.why.title', { name: props.names.recipient(props.id) })}
          </h2>
          <p className="panel-sub">
            {props.id}
            <span className="dot">·</span>
            {t(recipient.kind === 'organisation' ? 'plan.kind.organisation' : 'plan.kind.country')}
            {recipient.population !== null && (
              <>
                <span className="dot">·</span>
                {t('plan.why.population', { n: formatCount(recipient.population, lang) })}
              </>
            )}
            {props.illustrative && (
              <span className="illustrative-tag">{t('plan.illustrative')}</span>
            )}
          </p>
        </div>
        <button
          type="button"
          className="close"
          aria-label={t('panel.close')}
          onClick={props.onClose}
          data-testid="why-close"
        >
          ×
        </button>
      </div>
      <div className="why-figures">
        <div className="why-stat">
          <span className="why-stat-label">{t('plan.col.weight')}</span>
          <span className="why-stat-value" data-testid="why-weight">
            {formatWeight(recipient.score.weight, lang)}
          </span>
          {moved && (
            <span className="muted">
              {t('plan.why.weightBefore', { weight: formatWeight(before, lang) })}
            </span>
          )}
        </div>
        <div className="why-stat">
          <span className="why-stat-label">{t('plan.col.fill')}</span>
          <span className="why-stat-value" data-testid="why-fill">
            {formatPercent(row.fillRate, lang)}
          </span>
          <span className="muted">{t(boundKey(row.bound))}</span>
        </div>
        <div className="why-stat">
          <span className="why-stat-label">{t('plan.col.proRataFill')}</span>
          <span className="why-stat-value muted-num" data-testid="why-pro-rata">
            {formatPercent(row.proRataFillRate, lang)}
          </span>
        </div>
      </div>
      <WeightBar recipient={recipient} policy={props.policy} />
      <h3 className="why-subhead">{t('plan.why.factors')}</h3>
      <FactorTable factors={recipient.score.factors} policy={props.policy} />
      <h3 className="why-subhead">{t('plan.why.lines')}</h3>
      <ul className="why-lines">
        {linesOf(props.plan, props.id).map((line) => (
          <WhyLine key={line.item} line={line} names={props.names} />
        ))}
      </ul>
    </section>
  );
}

/** The weight as a bar: the baseline every recipient gets, then what each factor adds. */
function WeightBar(props: { recipient: PlanRecipient; policy: Policy }) {
  const { t, lang } = useI18n();
  const { score } = props.recipient;
  const label = (id: string) => props.policy.factors.find((f) => f.id === id)?.label[lang] ?? id;
  return (
    <div className="weight-bar" aria-hidden="true">
      <span
        className="weight-part baseline"
        style={{ width: `${score.baseline * 100}%` }}
        title={t('plan.why.baseline', { baseline: formatWeight(score.baseline, lang) })}
      />
      {score.factors.map((f) => (
        <span
          key={f.id}
          className="weight-part"
          style={{ width: `${f.contribution * 100}%`, background: FACTOR_COLOURS[f.id] ?? '#999' }}
          title={`${label(f.id)}: +${formatWeight(f.contribution, lang)}`}
        />
      ))}
    </div>
  );
}

function FactorTable(props: { factors: readonly FactorScore[]; policy: Policy }) {
  const { t, lang } = useI18n();
  const factorOf = (id: string) => props.policy.factors.find((f) => f.id === id);
  return (
    <table className="why-factors" data-testid="why-factors">
      <thead>
        <tr>
          <th scope="col">{t('plan.why.factor')}</th>
          <th scope="col" className="num">
            {t('plan.why.value')}
          </th>
          <th scope="col" className="num">
            {t('plan.why.score')}
          </th>
          <th scope="col" className="num">
            {t('plan.why.adds')}
          </th>
        </tr>
      </thead>
      {props.factors.map((f) => {
        const factor = factorOf(f.id);
        return (
          <tbody key={f.id} data-factor={f.id}>
            <tr className="factor-row">
              <th scope="row">
                <span
                  className="swatch"
                  style={{ background: FACTOR_COLOURS[f.id] ?? '#999' }}
                  aria-hidden="true"
                />
                {factor?.label[lang] ?? f.id}{' '}
                <span className="muted">({formatPercent(f.share, lang)})</span>
              </th>
              <td />
              <td className="num">{formatWeight(f.score, lang)}</td>
              <td className="num strong">+{formatWeight(f.contribution, lang)}</td>
            </tr>
            {f.components.map((c) => {
              const spec = factor?.components.find((x) => x.id === c.id);
              return (
                <tr key={c.id} className={`component-row${c.missing ? ' missing' : ''}`}>
                  <td title={spec?.explain[lang]}>{spec?.label[lang] ?? c.id}</td>
                  <td className="num">
                    {c.missing
                      ? t('plan.why.missing', { score: formatWeight(c.score, lang) })
                      : componentValue(c, lang)}
                  </td>
                  <td className="num">{formatWeight(c.score, lang)}</td>
                  <td />
                </tr>
              );
            })}
          </tbody>
        );
      })}
    </table>
  );
}

function WhyLine(props: { line: PlanLine; names: NameBook }) {
  const { t, lang } = useI18n();
  const { line } = props;
  return (
    <li className="why-line" data-testid={`why-line-${line.item}`}>
      <div className="why-line-head">
        <strong>{props.names.item(line.item)}</strong>
        <span className="why-line-figures">
          {t('plan.why.gets', {
            quantity: formatCount(line.quantity, lang),
            need: formatCount(line.need, lang),
          })}
        </span>
      </div>
      <FillBar fill={line.need > 0 ? line.fillRate : null} />
      <p className="why-reason">{line.reason[lang]}</p>
    </li>
  );
}
