import { api } from '../api/client';
import type { CountryDetailResponse, SourceId, TierInfo } from '../api/types';
import { useFetch } from '../api/use-fetch';
import { ErrorNotice, Loading } from '../components/status';
import { useI18n } from '../i18n/i18n';
import { ForecastTab } from '../forecast/forecast-tab';
import { countryNames, regionName, tierLabel, tierRank } from '../lib/names';
import type { PanelTab } from '../lib/url-state';
import { CountryCurves } from './country-curves';
import { CountryStats } from './country-stats';

/** The selected country: names in both languages, then its situation or its needs forecast. */
export function CountryPanel(props: {
  iso3: string | null;
  source: SourceId | null;
  tiers: readonly TierInfo[];
  tab: PanelTab;
  onTab: (tab: PanelTab) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { state, reload } = useFetch<CountryDetailResponse>(
    props.iso3 ? api.country(props.iso3, props.source) : null,
  );
  if (!props.iso3) {
    return (
      <aside className="card panel-card panel-empty" data-testid="country-panel">
        <p>{t('panel.empty')}</p>
      </aside>
    );
  }
  return (
    <aside className="card panel-card" data-testid="country-panel" data-iso3={props.iso3}>
      {state.status === 'loading' && <Loading height={420} />}
      {state.status === 'error' && (
        <ErrorNotice error={state.error} what="error.country" onRetry={reload} />
      )}
      {state.status === 'ok' && (
        <CountryDetail
          detail={state.data}
          source={props.source}
          tiers={props.tiers}
          tab={props.tab}
          onTab={props.onTab}
          onClose={props.onClose}
        />
      )}
    </aside>
  );
}

const TABS: readonly PanelTab[] = ['situation', 'forecast'];

function CountryDetail(props: {
  detail: CountryDetailResponse;
  source: SourceId | null;
  tiers: readonly TierInfo[];
  tab: PanelTab;
  onTab: (tab: PanelTab) => void;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const { country, situation } = props.detail;
  const names = countryNames(country, lang);
  return (
    <>
      <div className="panel-head">
        <div>
          <h2 className="panel-name" data-testid="country-name">
            {names.primary}
          </h2>
          <p className="panel-sub">
            <span lang={lang === 'zh' ? 'en' : 'zh-CN'}>{names.secondary}</span>
            <span className="dot">·</span>
            {country.iso3}
            <span className="dot">·</span>
            {regionName(country.region, lang)}
            {country.subregion && lang === 'en' ? ` — ${country.subregion}` : ''}
          </p>
        </div>
        <div className="panel-actions">
          {situation && (
            <span
              className={`tier tier-${tierRank(props.tiers, situation.tier)}`}
              data-testid="country-tier"
            >
              {tierLabel(props.tiers, situation.tier, lang)}
            </span>
          )}
          <button
            type="button"
            className="close"
            aria-label={t('panel.close')}
            onClick={props.onClose}
          >
            ×
          </button>
        </div>
      </div>
      <div className="panel-tabs" role="tablist" aria-label={names.primary}>
        {TABS.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            id={`tab-${tab}`}
            aria-selected={props.tab === tab}
            aria-controls={`tabpanel-${tab}`}
            className={props.tab === tab ? 'active' : ''}
            onClick={() => props.onTab(tab)}
          >
            {t(`panel.tab.${tab}` as const)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${props.tab}`} aria-labelledby={`tab-${props.tab}`}>
        {props.tab === 'forecast' ? (
          <ForecastTab key={country.iso3} iso3={country.iso3} source={props.source} />
        ) : (
          <>
            <CountryStats detail={props.detail} />
            {situation && props.detail.series.length > 0 ? (
              <CountryCurves series={props.detail.series} />
            ) : (
              <p className="muted">{t('panel.noSeries', { name: names.primary })}</p>
            )}
          </>
        )}
      </div>
    </>
  );
}
