import { useI18n } from '../i18n/i18n';

/** The experts view (being built: see its issue). */
export function ExpertsPage() {
  const { t } = useI18n();
  return (
    <main className="layout" data-testid="experts-page">
      <h2>{t('experts.title')}</h2>
    </main>
  );
}
