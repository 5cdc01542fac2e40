import type { MouseEvent } from 'react';
import { useI18n } from '../i18n/i18n';
import { withView, type AppView } from './plan-url';

const VIEWS: readonly AppView[] = ['situation', 'plan'];

/**
 * The app's top-level views under the header: the situation dashboard and the planning page. Links
 * (so a view opens in a new tab too), the current one marked with aria-current.
 */
export function ViewNav(props: { view: AppView; onView: (view: AppView) => void }) {
  const { t } = useI18n();
  const go = (view: AppView) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    props.onView(view);
  };
  return (
    <nav className="view-nav" aria-label={t('view.label')}>
      <div className="view-nav-inner">
        {VIEWS.map((view) => (
          <a
            key={view}
            href={`${window.location.pathname}${withView(window.location.search, view)}`}
            aria-current={props.view === view ? 'page' : undefined}
            className={props.view === view ? 'active' : ''}
            data-testid={`view-${view}`}
            onClick={go(view)}
          >
            {t(view === 'plan' ? 'view.plan' : 'view.situation')}
          </a>
        ))}
      </div>
    </nav>
  );
}
