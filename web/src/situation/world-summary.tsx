import type { SituationResponse } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { formatCount } from '../lib/format';

/** Countries whose cases double in under this many days count as fast-growing in the summary. */
export const FAST_DOUBLING_DAYS = 7;

/** The headline figures for the world: cases, deaths, countries with cases, fast doublers. */
export function WorldSummary(props: { situation: SituationResponse }) {
  const { t, lang } = useI18n();
  const { countries, world } = props.situation;
  const withCases = countries.filter((c) => c.cases > 0).length;
  const fast = countries.filter(
    (c) => c.doublingTimeDays !== null && c.doublingTimeDays < FAST_DOUBLING_DAYS,
  ).length;
  const items = [
    { key: 'cases', label: t('kpi.cases'), value: formatCount(world.cases, lang), accent: true },
    { key: 'deaths', label: t('kpi.deaths'), value: formatCount(world.deaths, lang) },
    { key: 'countries', label: t('kpi.countries'), value: formatCount(withCases, lang) },
    {
      key: 'fast',
      label: t('kpi.fastDoubling'),
      value: t('kpi.fastDoublingUnit', { n: formatCount(fast, lang) }),
    },
  ];
  return (
    <section className="kpis" aria-label={t('map.title')}>
      {items.map((item) => (
        <div
          key={item.key}
          className={`kpi ${item.accent ? 'kpi-accent' : ''}`}
          data-testid={`kpi-${item.key}`}
        >
          <span className="kpi-value">{item.value}</span>
          <span className="kpi-label">{item.label}</span>
        </div>
      ))}
    </section>
  );
}
