import type { Policy, PolicyFactor } from '../../../src/core/allocation';
import { useI18n } from '../i18n/i18n';
import { formatPercent, formatWeight } from './plan-format';
import {
  ALL_FACTORS,
  factorShares,
  SLIDER_MAX,
  withWeight,
  type PolicyKnobs,
} from './policy-knobs';

/**
 * The policy's factor weights as sliders, each with its plain-words explanation and its share of the
 * weight; reciprocity is switched on separately. Every move recomputes the plan in the browser.
 */
export function WeightSliders(props: {
  policy: Policy;
  knobs: PolicyKnobs;
  adjusted: boolean;
  onKnobs: (knobs: PolicyKnobs) => void;
  onReset: () => void;
  ms: number | null;
  /** Whether every need is covered, so the weights change nothing. */
  noShortage: boolean;
}) {
  const { t, lang } = useI18n();
  const shares = factorShares(props.knobs);
  const allZero = ALL_FACTORS.every((id) => shares[id] === 0);
  const factors = ALL_FACTORS.map((id) => props.policy.factors.find((f) => f.id === id)).filter(
    (f): f is PolicyFactor => f !== undefined,
  );
  return (
    <section
      className="card plan-sliders"
      aria-labelledby="plan-sliders-title"
      data-testid="plan-sliders"
    >
      <div className="card-head">
        <h2 id="plan-sliders-title">{t('plan.policy.title')}</h2>
        <button
          type="button"
          className="button"
          onClick={props.onReset}
          disabled={!props.adjusted}
          data-testid="policy-reset"
        >
          {t('plan.policy.reset')}
        </button>
      </div>
      <p className="plan-hint">{t('plan.policy.hint')}</p>
      {factors.map((factor) => (
        <FactorSlider
          key={factor.id}
          factor={factor}
          weight={props.knobs.weights[factor.id]}
          share={shares[factor.id]}
          off={factor.id === 'reciprocity' && !props.knobs.reciprocity}
          onWeight={(w) => props.onKnobs(withWeight(props.knobs, factor.id, w))}
          onSwitch={
            factor.id === 'reciprocity'
              ? (on) => props.onKnobs({ ...props.knobs, reciprocity: on })
              : undefined
          }
        />
      ))}
      {allZero && <p className="plan-warning">{t('plan.policy.allZero')}</p>}
      {props.noShortage && (
        <p className="plan-warning" data-testid="no-shortage">
          {t('plan.policy.noShortage')}
        </p>
      )}
      <p className="plan-hint">
        {t('plan.policy.baseline', { baseline: formatWeight(props.policy.baseline, lang) })}
      </p>
      {props.ms !== null && (
        <p className="plan-hint" data-testid="plan-timing">
          {t('plan.policy.timing', { ms: props.ms < 1 ? '<1' : Math.round(props.ms) })}
        </p>
      )}
    </section>
  );
}

function FactorSlider(props: {
  factor: PolicyFactor;
  weight: number;
  share: number;
  off: boolean;
  onWeight: (weight: number) => void;
  onSwitch: ((on: boolean) => void) | undefined;
}) {
  const { t, lang } = useI18n();
  const { factor } = props;
  const id = `slider-${factor.id}`;
  return (
    <div className={`slider-row${props.off ? ' off' : ''}`} data-factor={factor.id}>
      <div className="slider-head">
        {props.onSwitch ? (
          <label className="slider-switch">
            <input
              type="checkbox"
              checked={!props.off}
              onChange={(e) => props.onSwitch?.(e.target.checked)}
              data-testid={`switch-${factor.id}`}
            />
            <span>{factor.label[lang]}</span>
            <span className="optional-tag">{t('plan.policy.optional')}</span>
          </label>
        ) : (
          <label htmlFor={id}>{factor.label[lang]}</label>
        )}
        <span className="slider-share" data-testid={`share-${factor.id}`}>
          {props.off ? t('plan.policy.off') : formatPercent(props.share, lang)}
        </span>
      </div>
      <div className="slider-track">
        <input
          id={id}
          type="range"
          min={0}
          max={SLIDER_MAX}
          step={1}
          value={props.weight}
          disabled={props.off}
          aria-label={factor.label[lang]}
          aria-valuetext={t('plan.policy.valueText', {
            weight: props.weight,
            share: formatPercent(props.share, lang),
          })}
          aria-describedby={`${id}-explain`}
          data-testid={id}
          onChange={(e) => props.onWeight(Number(e.target.value))}
        />
        <span className="slider-value">{props.weight}</span>
      </div>
      <p id={`${id}-explain`} className="slider-explain">
        {factor.explain[lang]}
      </p>
      <details className="slider-components">
        <summary>{t('plan.policy.components', { n: factor.components.length })}</summary>
        <ul>
          {factor.components.map((c) => (
            <li key={c.id}>
              <strong>{c.label[lang]}</strong>{' '}
              <span className="muted">({formatPercent(c.weight / sumWeights(factor), lang)})</span>
              {': '}
              {c.explain[lang]}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}

function sumWeights(factor: PolicyFactor): number {
  const total = factor.components.reduce((s, c) => s + c.weight, 0);
  return total > 0 ? total : 1;
}
