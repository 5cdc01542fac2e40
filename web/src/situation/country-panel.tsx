import { api } from '../api/client';
import type { CountryDetailResponse, SourceId, TierInfo } from '../api/types';
import { useFetch } from '../api/use-fetch';
import { ErrorNotice, Loading } from '../components/status';
import { useI18n } from '../i18n/i18n';
import { countryNames, regionName, tierLabel, tierRank } from '../lib/names';
import { CountryCurves } from './country-curves';
import { CountryStats } from './country-stats';

/** The selected country: names in both languages, its figures, growth, capacity and curves. */
export function CountryPanel(props: {
  iso3: string | null;
  source: SourceId | null;
  tiers: readonly TierInfo[];
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
        <CountryDetail detail={state.data} tiers={props.tiers} onClose={props.onClose} />
      )}
    </aside>
  );
}

function CountryDetail(props: {
  detail: CountryDetailResponse;
  tiers: readonly TierInfo[];
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
      <CountryStats detail={props.detail} />
      {situation && props.detail.series.length > 0 ? (
        <CountryCurves series={props.detail.series} />
      ) : (
        <p className="muted">{t('panel.noSeries', { name: names.primary })}</p>
      )}
    </>
  );
}
