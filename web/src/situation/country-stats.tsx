import type { CountryDetailResponse } from '../api/types';
import { useI18n } from '../i18n/i18n';
import {
  formatCompact,
  formatCount,
  formatGrowthPercent,
  formatLongDate,
  formatRate,
} from '../lib/format';
import { doublingText } from '../lib/situation-text';

/** The figures of a country: counts, rates, growth with its interval, population and beds, with sources. */
export function CountryStats(props: { detail: CountryDetailResponse }) {
  const { t, lang } = useI18n();
  const { country, situation: s, growth, health, corrections } = props.detail;
  const popSource =
    country.populationSource === 'worldbank'
      ? t('population.worldbank')
      : country.populationSource === 'jhu'
        ? t('population.jhu')
        : t('population.unknown');
  const beds =
    health?.bedsPer1000 != null
      ? {
          value: formatRate(health.bedsPer1000, lang),
          note: t('beds.source', { source: health.bedsSource ?? '', year: health.bedsYear ?? '' }),
        }
      : { value: '—', note: t('beds.unknown') };
  return (
    <div className="stats">
      {s && (
        <dl className="stat-grid" data-testid="country-figures">
          <Stat
            label={t('field.cases')}
            value={formatCount(s.cases, lang)}
            testId="country-cases"
            strong
          />
          <Stat
            label={t('field.deaths')}
            value={formatCount(s.deaths, lang)}
            testId="country-deaths"
            strong
          />
          <Stat
            label={t('field.perMillion')}
            value={formatRate(s.casesPerMillion, lang)}
            testId="country-per-million"
          />
          <Stat label={t('field.deathsPerMillion')} value={formatRate(s.deathsPerMillion, lang)} />
          <Stat label={t('field.newCases7d')} value={formatCount(s.newCases7d, lang)} />
          <Stat
            label={t('field.doubling')}
            value={doublingText(s, lang)}
            testId="country-doubling"
          />
        </dl>
      )}
      <div className="stat-row">
        <div className="stat-block">
          <h3>{t('panel.growthHeading')}</h3>
          {growth ? (
            <>
              <p className="stat-big" data-testid="country-growth">
                {t('unit.perDay', { n: formatGrowthPercent(growth.rate, lang) })}
              </p>
              <p className="stat-note">
                {t('growth.interval', {
                  low: formatGrowthPercent(growth.rateLow, lang),
                  high: formatGrowthPercent(growth.rateHigh, lang),
                })}
              </p>
              <p className="stat-note">
                {t('growth.note', {
                  days: growth.windowDays,
                  date: formatLongDate(growth.endDate, lang),
                  r2: growth.r2.toFixed(2),
                })}
              </p>
            </>
          ) : (
            <p className="stat-note">{t('growth.none')}</p>
          )}
        </div>
        <div className="stat-block">
          <h3>{t('panel.capacityHeading')}</h3>
          <p className="stat-pair">
            <span>{t('field.population')}</span>
            <b data-testid="country-population">{formatCompact(country.population, lang)}</b>
          </p>
          <p className="stat-note">{popSource}</p>
          <p className="stat-pair">
            <span>{t('field.beds')}</span>
            <b>{beds.value}</b>
          </p>
          <p className="stat-note">{beds.note}</p>
          {health && (health.doctors !== null || health.nurses !== null) && (
            <>
              <p className="stat-pair">
                <span>{t('field.doctors')}</span>
                <b>{formatCount(health.doctors, lang)}</b>
              </p>
              <p className="stat-pair">
                <span>{t('field.nurses')}</span>
                <b>{formatCount(health.nurses, lang)}</b>
              </p>
              <p className="stat-note">
                {t('workforce.source', { source: health.workforceSource ?? '—' })}
              </p>
            </>
          )}
        </div>
      </div>
      <p className="footnote">
        {corrections.cases + corrections.deaths > 0
          ? t('corrections.note', { cases: corrections.cases, deaths: corrections.deaths })
          : t('corrections.none')}
      </p>
    </div>
  );
}

function Stat(props: { label: string; value: string; testId?: string; strong?: boolean }) {
  return (
    <div className={`stat ${props.strong ? 'stat-strong' : ''}`}>
      <dt>{props.label}</dt>
      <dd data-testid={props.testId}>{props.value}</dd>
    </div>
  );
}
