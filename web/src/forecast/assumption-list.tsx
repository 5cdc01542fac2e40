import type { Assumption } from '../../../src/core/forecast';
import type { MessageKey } from '../i18n/dictionaries';
import { useI18n } from '../i18n/i18n';
import { ASSUMPTION_SECTIONS, assumptionValue, showAssumptions } from './assumption-words';

/** The assumptions of a forecast: the key ones in a paragraph, then every one with value and source. */
export function AssumptionList(props: { assumptions: readonly Assumption[] }) {
  const { t, lang } = useI18n();
  const shown = showAssumptions(props.assumptions, lang);
  const byKey = new Map(props.assumptions.map((a) => [a.key, a]));
  const value = (key: string) => {
    const a = byKey.get(key);
    return a ? assumptionValue(a, lang) : '—';
  };
  const availableShare = (key: string) => {
    const a = byKey.get(key);
    return typeof a?.value === 'number' ? assumptionValue({ ...a, value: 1 - a.value }, lang) : '—';
  };
  const exponential = byKey.get('cases.kind')?.value === 'exponential';
  return (
    <section className="assumptions" data-testid="forecast-assumptions">
      <h4>{t('forecast.assumptions.title')}</h4>
      {exponential && (
        <p className="assumption-summary">
          {t('forecast.assumptions.summary', {
            daily: value('cases.dailyCasesNow'),
            rate: value('cases.rate'),
            mild: value('severity.mild'),
            moderate: value('severity.moderate'),
            severe: value('severity.severe'),
            critical: value('severity.critical'),
            beds: value('capacity.beds'),
            workers: value('capacity.healthWorkers'),
            bedsShare: availableShare('beds.nonCovidShare'),
            workersShare: availableShare('healthWorkers.nonCovidShare'),
          })}
        </p>
      )}
      <details className="assumption-details">
        <summary>{t('forecast.assumptions.all', { n: shown.length })}</summary>
        {ASSUMPTION_SECTIONS.map((section) => {
          const items = shown.filter((a) => a.section === section);
          if (items.length === 0) return null;
          return (
            <div key={section} className="assumption-section">
              <h5>{t(`forecast.section.${section}` as MessageKey)}</h5>
              <dl>
                {items.map((a) => (
                  <div key={a.key} className="assumption" data-key={a.key}>
                    <dt lang={a.wordsLang === lang ? undefined : 'en'}>{a.words}</dt>
                    <dd className="assumption-value">{a.value}</dd>
                    <dd className="assumption-source" lang="en">
                      {t('forecast.assumptions.source')}: {a.source}
                    </dd>
                  </div>
                ))}
              </dl>
            </div>
          );
        })}
      </details>
    </section>
  );
}
