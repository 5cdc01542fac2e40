import { useI18n } from '../i18n/i18n';
import type { AppView } from './plan-url';

const VIEWS: readonly AppView[] = ['situation', 'plan'];

/** The app's top-level views as tabs under the header: the situation dashboard and the planning page. */
export function ViewNav(props: { view: AppView; onView: (view: AppView) => void }) {
  const { t } = useI18n();
  return (
    <nav className="view-nav" aria-label={t('view.label')}>
      <div className="view-nav-inner" role="tablist">
        {VIEWS.map((view) => (
          <button
            key={view}
            type="button"
            role="tab"
            aria-selected={props.view === view}
            className={props.view === view ? 'active' : ''}
            data-testid={`view-${view}`}
            onClick={() => props.onView(view)}
          >
            {t(view === 'plan' ? 'view.plan' : 'view.situation')}
          </button>
        ))}
      </div>
    </nav>
  );
}
