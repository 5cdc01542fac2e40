import type { FetchState } from '../api/use-fetch';
import type { MetaResponse, SourceId } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { LANGS } from '../i18n/translate';
import { attributionOf } from '../lib/attribution';
import { formatLongDate } from '../lib/format';
import { Segmented } from '../components/status';
import { AccountMenu } from '../access/account-menu';

const LANG_LABELS = { zh: '中文', en: 'English' } as const;

/** Short display names of the sources for the switch. */
const SOURCE_LABELS: Record<SourceId, string> = { jhu: 'JHU CSSE', owid: 'OWID' };

/** The top bar: name, as-of date, source switch, language switch and the data attribution. */
export function AppHeader(props: {
  meta: FetchState<MetaResponse>;
  date: string | null;
  source: SourceId;
  onSource: (source: SourceId) => void;
}) {
  const { t, lang, setLang } = useI18n();
  const meta = props.meta.status === 'ok' ? props.meta.data : null;
  const asOf = props.date ?? meta?.scenario?.asOf ?? null;
  const caseAttribution = meta ? attributionOf(meta.attribution, props.source) : undefined;
  const sources = meta?.sources.length ? meta.sources : [{ id: props.source, name: '' }];
  return (
    <header className="topbar">
      <div className="topbar-inner">
        <div className="brand">
          <BoatMark />
          <div>
            <h1 className="brand-name">
              <span lang="zh-CN">同舟</span> <span className="brand-latin">Tongzhou</span>
            </h1>
            <p className="brand-tagline">{t('app.tagline')}</p>
          </div>
        </div>
        <div className="topbar-controls">
          {asOf && (
            <p className="as-of" data-testid="as-of">
              {t('header.asOf', { date: formatLongDate(asOf, lang) })}
            </p>
          )}
          <Segmented
            label={t('header.source')}
            value={props.source}
            options={sources.map((s) => ({ value: s.id, label: SOURCE_LABELS[s.id] ?? s.name }))}
            onChange={props.onSource}
          />
          <Segmented
            label={t('header.language')}
            className="lang-switch"
            value={lang}
            options={LANGS.map((l) => ({ value: l, label: LANG_LABELS[l] }))}
            onChange={setLang}
          />
          <AccountMenu />
        </div>
      </div>
      {meta && (
        <p className="attribution" data-testid="attribution">
          <span className="attribution-label">{t('header.caseData')}:</span>{' '}
          {caseAttribution ? (
            <>
              <a href={caseAttribution.url} target="_blank" rel="noreferrer">
                {caseAttribution.name}
              </a>{' '}
              <span className="licence">({caseAttribution.licence})</span>
            </>
          ) : (
            (meta.sources.find((s) => s.id === props.source)?.name ?? props.source)
          )}
          {' · '}
          <a href="#about">{t('header.moreSources')}</a>
          {' · '}
          <a href="/api/docs">{t('header.apiDocs')}</a>
        </p>
      )}
    </header>
  );
}

/** The project mark: a boat on two waves, drawn in SVG. */
function BoatMark() {
  return (
    <svg className="brand-mark" viewBox="0 0 40 40" aria-hidden="true">
      <circle cx="20" cy="20" r="20" fill="#b3261e" />
      <path d="M9 21h22l-4 6H13z" fill="#fff" />
      <path d="M20 9v11M20 10l7 8h-7" stroke="#fff" strokeWidth="1.8" fill="none" />
      <path
        d="M7 30c2.2 0 2.2-1.6 4.4-1.6s2.2 1.6 4.4 1.6 2.2-1.6 4.4-1.6 2.2 1.6 4.4 1.6 2.2-1.6 4.4-1.6 2.2 1.6 4.4 1.6"
        stroke="#fff"
        strokeWidth="1.6"
        fill="none"
        strokeLinecap="round"
      />
    </svg>
  );
}
