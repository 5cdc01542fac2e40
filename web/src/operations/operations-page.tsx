import { useI18n } from '../i18n/i18n';

/** The operations view (being built: see its issue). */
export function OperationsPage() {
  const { t } = useI18n();
  return (
    <main className="layout" data-testid="ops-page">
      <h2>{t('ops.title')}</h2>
    </main>
  );
}
