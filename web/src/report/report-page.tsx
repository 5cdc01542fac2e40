import { useI18n } from '../i18n/i18n';

/** The report view (being built: see its issue). */
export function ReportPage() {
  const { t } = useI18n();
  return (
    <main className="layout" data-testid="report-page">
      <h2>{t('report.title')}</h2>
    </main>
  );
}
