import type { Report } from '../../../src/core/reporting';
import { useI18n } from '../i18n/i18n';
import { formatCompact, formatCount, formatList, formatLongDate } from '../lib/format';

/** The report's head: the headline sentence as the API wrote it, the date, and the headline figures. */
export function ReportFigures(props: { report: Report }) {
  const { t, lang } = useI18n();
  const { report } = props;
  const totals = report.totals;
  const illustrative = report.batches.filter((b) => b.illustrative).map((b) => b.number ?? b.id);
  const kpis: { value: string; label: string; testid: string }[] = [
    { value: formatCount(totals.batches, lang), label: t('report.kpi.batches'), testid: 'batches' },
    {
      value: formatCount(totals.countries, lang),
      label: t('report.kpi.countries'),
      testid: 'countries',
    },
    {
      value: formatCount(totals.organisations, lang),
      label: t('report.kpi.organisations'),
      testid: 'organisations',
    },
    {
      value: formatCompact(totals.valueUsd.allocated, lang),
      label: t('report.kpi.valueAllocated'),
      testid: 'value-allocated',
    },
    {
      value: formatCompact(totals.valueUsd.received, lang),
      label: t('report.kpi.valueReceived'),
      testid: 'value-received',
    },
    {
      value: formatCount(totals.consignmentsReceived, lang),
      label: t('report.kpi.consignments', {
        shipped: formatCount(totals.consignmentsShipped, lang),
      }),
      testid: 'consignments',
    },
  ];
  if (totals.cashUsd > 0) {
    kpis.push({
      value: formatCompact(totals.cashUsd, lang),
      label: t('report.kpi.cash'),
      testid: 'cash',
    });
  }
  if (report.experts && report.experts.teamsSent > 0) {
    kpis.push({
      value: formatCount(report.experts.teamsSent, lang),
      label: t('report.kpi.experts', {
        countries: formatCount(report.experts.teamCountries, lang),
      }),
      testid: 'experts',
    });
  }
  if (report.experts && report.experts.sessions > 0) {
    kpis.push({
      value: formatCount(report.experts.sessions, lang),
      label: t('report.kpi.sessions', {
        countries: formatCount(report.experts.sessionCountries, lang),
      }),
      testid: 'sessions',
    });
  }
  return (
    <section className="card rep-head" aria-labelledby="rep-title">
      <div className="rep-title-row">
        <h2 id="rep-title">{t('report.title')}</h2>
        {report.asOf && (
          <span className="rep-as-of">
            {t('report.asOf', { date: formatLongDate(report.asOf, lang) })}
          </span>
        )}
      </div>
      <p className="rep-subtitle muted">{t('report.subtitle')}</p>
      <p className="rep-headline" data-testid="rep-headline" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
        {report.headline[lang]}
      </p>
      <ul className="rep-kpis">
        {kpis.map((k) => (
          <li key={k.testid} className="rep-kpi" data-testid={`rep-kpi-${k.testid}`}>
            <span className="rep-kpi-value">{k.value}</span>
            <span className="rep-kpi-label">{k.label}</span>
          </li>
        ))}
      </ul>
      {illustrative.length > 0 && (
        <p className="rep-illustrative" data-testid="rep-illustrative">
          {t('report.illustrative', { batches: formatList(illustrative.map(String), lang) })}
        </p>
      )}
    </section>
  );
}
