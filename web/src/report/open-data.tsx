import type { Report } from '../../../src/core/reporting';
import { useI18n } from '../i18n/i18n';
import { formatList } from '../lib/format';

/** Links to the open data (IATI, HXL, the report's JSON) and to the sources, with the price caveats. */
export function OpenData(props: { report: Report }) {
  const { t, lang } = useI18n();
  const { report } = props;
  const illustrative = report.items.filter((i) => i.priceBasis === 'illustrative');
  const links: { href: string; label: string; testid: string }[] = [
    { href: '/api/open/iati.xml', label: t('report.open.iati'), testid: 'iati' },
    { href: '/api/open/hxl.csv', label: t('report.open.hxl'), testid: 'hxl' },
    {
      href: `/api/report?grouping=${encodeURIComponent(report.grouping.id)}`,
      label: t('report.open.json'),
      testid: 'json',
    },
    { href: '/api/openapi.json', label: t('report.open.api'), testid: 'openapi' },
  ];
  return (
    <section className="card rep-open" aria-labelledby="rep-open-title" data-testid="rep-open">
      <h2 id="rep-open-title">{t('report.open.title')}</h2>
      <ul className="rep-links">
        {links.map((l) => (
          <li key={l.testid}>
            <a href={l.href} data-testid={`rep-link-${l.testid}`}>
              {l.label}
            </a>{' '}
            <code className="rep-url">{l.href}</code>
          </li>
        ))}
        <li>
          <a href="#about">{t('report.open.sources')}</a>
        </li>
      </ul>
      <p className="rep-reference" data-testid="rep-reference">
        {report.prices.note[lang]} {t('report.open.prices', { source: report.prices.source })}
      </p>
      {illustrative.length > 0 && (
        <p className="muted">
          {t('report.open.illustrativePrices', {
            items: formatList(
              illustrative.map((i) => (lang === 'zh' ? i.nameZh : i.nameEn)),
              lang,
            ),
          })}
        </p>
      )}
    </section>
  );
}
