import { useMemo, useRef, useState, type MouseEvent } from 'react';
import type { CountryRef, CountrySituation, TierInfo } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { countryNames, tierLabel } from '../lib/names';
import { formatCount, formatRate } from '../lib/format';
import { doublingText } from '../lib/situation-text';
import { mapStyle, MAP_METRICS, type MapMetric } from '../lib/scales';
import { Segmented } from '../components/status';
import { joinShapes } from './geo';
import { MapLegend } from './map-legend';
import { worldShapes } from './world-shapes';

interface Hover {
  key: string;
  x: number;
  y: number;
}

/** The world choropleth: countries coloured by the metric, a legend, hover figures, click to select. */
export function WorldMap(props: {
  countries: readonly CountrySituation[];
  reference: readonly CountryRef[];
  tiers: readonly TierInfo[];
  metric: MapMetric;
  onMetric: (metric: MapMetric) => void;
  selected: string | null;
  onSelect: (iso3: string) => void;
}) {
  const { t, lang } = useI18n();
  const map = worldShapes();
  const situationByShape = useMemo(
    () => joinShapes(map.shapes, props.countries),
    [map, props.countries],
  );
  const referenceByShape = useMemo(
    () => joinShapes(map.shapes, props.reference),
    [map, props.reference],
  );
  const [hover, setHover] = useState<Hover | null>(null);
  const box = useRef<HTMLDivElement>(null);

  const onMove = (event: MouseEvent<SVGSVGElement>) => {
    const key = (event.target as Element).getAttribute('data-key');
    const rect = box.current?.getBoundingClientRect();
    if (!key || !rect) return setHover(null);
    setHover({ key, x: event.clientX - rect.left, y: event.clientY - rect.top });
  };
  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const key = (event.target as Element).getAttribute('data-key');
    const iso3 = key ? (situationByShape.get(key) ?? referenceByShape.get(key))?.iso3 : undefined;
    if (iso3) props.onSelect(iso3);
  };

  const onMap = new Set([...situationByShape.values()].map((c) => c.iso3));
  const offMap = props.countries.filter((c) => c.cases > 0 && !onMap.has(c.iso3)).length;
  const raised = map.shapes.filter(
    (s) =>
      (props.selected !== null && situationByShape.get(s.key)?.iso3 === props.selected) ||
      (props.selected !== null && referenceByShape.get(s.key)?.iso3 === props.selected),
  );
  const hovered = hover ? map.shapes.find((s) => s.key === hover.key) : undefined;

  return (
    <section className="card map-card" aria-labelledby="map-title">
      <div className="card-head">
        <h2 id="map-title">{t('map.title')}</h2>
        <Segmented
          label={t('map.metric')}
          value={props.metric}
          options={MAP_METRICS.map((m) => ({
            value: m,
            label: t(m === 'perMillion' ? 'map.metric.perMillion' : 'map.metric.doubling'),
          }))}
          onChange={props.onMetric}
        />
      </div>
      <div className="map-box" ref={box} onMouseLeave={() => setHover(null)}>
        <svg
          className="world-map"
          viewBox={`0 0 ${map.width} ${map.height}`}
          role="img"
          aria-label={t('map.title')}
          onMouseMove={onMove}
          onClick={onClick}
        >
          <g>
            {map.shapes.map((shape) => {
              const situation = situationByShape.get(shape.key);
              const style = mapStyle(props.metric, situation);
              const iso3 = situation?.iso3 ?? referenceByShape.get(shape.key)?.iso3 ?? '';
              return (
                <path
                  key={shape.key}
                  d={shape.d}
                  fill={style.fill}
                  data-key={shape.key}
                  data-iso3={iso3}
                  data-value={style.value === null ? '' : String(style.value)}
                  className={`country ${situation ? 'has-data' : 'no-data'} kind-${style.kind}${
                    hover?.key === shape.key ? ' hovered' : ''
                  }`}
                />
              );
            })}
          </g>
          <g className="selected-outline" aria-hidden="true">
            {raised.map((shape) => (
              <path key={shape.key} d={shape.d} />
            ))}
          </g>
        </svg>
        {hover && hovered && (
          <MapTooltip
            x={hover.x}
            y={hover.y}
            width={box.current?.clientWidth ?? 0}
            height={box.current?.clientHeight ?? 0}
            name={hovered.name}
            situation={situationByShape.get(hovered.key)}
            reference={referenceByShape.get(hovered.key)}
            tiers={props.tiers}
          />
        )}
      </div>
      <MapLegend metric={props.metric} />
      <p className="map-note">
        {t('map.hint')}{' '}
        {offMap > 0 && t('map.smallCountries', { count: formatCount(offMap, lang) })}
      </p>
    </section>
  );
}

function MapTooltip(props: {
  x: number;
  y: number;
  width: number;
  height: number;
  name: string;
  situation: CountrySituation | undefined;
  reference: CountryRef | undefined;
  tiers: readonly TierInfo[];
}) {
  const { t, lang } = useI18n();
  const named = props.situation ?? props.reference;
  const names = named ? countryNames(named, lang) : { primary: props.name, secondary: '' };
  const s = props.situation;
  // Keep the box inside the map: to the left of the pointer near the right edge, above it near the bottom.
  const flipX = props.x > props.width - 240;
  const flipY = props.y > props.height - 170;
  const style = {
    left: flipX ? props.x - 14 : props.x + 14,
    top: flipY ? props.y - 14 : props.y + 14,
    transform: `translate(${flipX ? '-100%' : '0'}, ${flipY ? '-100%' : '0'})`,
  };
  return (
    <div className="map-tooltip" style={style} role="tooltip">
      <div className="tooltip-name">{names.primary}</div>
      {names.secondary && <div className="tooltip-second">{names.secondary}</div>}
      {s ? (
        <dl>
          <dt>{t('field.cases')}</dt>
          <dd>{formatCount(s.cases, lang)}</dd>
          <dt>{t('field.perMillion')}</dt>
          <dd>{formatRate(s.casesPerMillion, lang)}</dd>
          <dt>{t('field.doubling')}</dt>
          <dd>{doublingText(s, lang)}</dd>
          <dt>{t('field.tier')}</dt>
          <dd>{tierLabel(props.tiers, s.tier, lang)}</dd>
        </dl>
      ) : (
        <div className="tooltip-muted">{t('map.noData')}</div>
      )}
    </div>
  );
}
