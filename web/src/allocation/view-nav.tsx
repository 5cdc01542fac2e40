import type { MouseEvent } from 'react';
import { useI18n } from '../i18n/i18n';
import { APP_VIEWS, withView, type AppView } from './plan-url';

/**
 * The app's top-level views under the header. Links
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
        {APP_VIEWS.map((view) => (
          <a
            key={view}
            href={`${window.location.pathname}${withView(window.location.search, view)}`}
            aria-current={props.view === view ? 'page' : undefined}
            className={props.view === view ? 'active' : ''}
            data-testid={`view-${view}`}
            onClick={go(view)}
          >
            {t(`view.${view}`)}
          </a>
        ))}
      </div>
    </nav>
  );
}
