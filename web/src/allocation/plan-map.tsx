import { useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import type { CountryRef } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { joinShapes } from '../map/geo';
import { worldShapes } from '../map/world-shapes';
import { fillColour, fillLegend } from './fill-scale';
import type { NameBook } from './names';
import { formatPercent, formatWeight } from './plan-format';
import type { RecipientRow } from './plan-view';

interface Hover {
  id: string;
  x: number;
  y: number;
}

/** The proposal on the world map: recipients coloured by fill rate, organisations beside it; click for "why". */
export function PlanMap(props: {
  rows: readonly RecipientRow[];
  countries: readonly CountryRef[];
  names: NameBook;
  illustrative: ReadonlyMap<string, 'all' | 'some'>;
  selected: string | null;
  onSelect: (id: string) => void;
  itemControl: ReactNode;
}) {
  const { t, lang } = useI18n();
  const map = worldShapes();
  const rowById = useMemo(() => new Map(props.rows.map((r) => [r.id, r])), [props.rows]);
  const countryByShape = useMemo(
    () =>
      joinShapes(
        map.shapes,
        props.countries.filter((c) => rowById.has(c.iso3)),
      ),
    [map, props.countries, rowById],
  );
  const onMap = new Set([...countryByShape.values()].map((c) => c.iso3));
  const offMap = props.rows.filter((r) => !onMap.has(r.id));
  const [hover, setHover] = useState<Hover | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const idAt = (target: EventTarget) => {
    const key = (target as Element).getAttribute('data-key');
    return key ? countryByShape.get(key)?.iso3 : undefined;
  };
  const onMove = (event: MouseEvent<SVGSVGElement>) => {
    const id = idAt(event.target);
    const rect = box.current?.getBoundingClientRect();
    if (!id || !rect) return setHover(null);
    setHover({ id, x: event.clientX - rect.left, y: event.clientY - rect.top });
  };
  const hovered = hover ? rowById.get(hover.id) : undefined;
  const selectedShapes = map.shapes.filter(
    (s) => props.selected !== null && countryByShape.get(s.key)?.iso3 === props.selected,
  );
  return (
    <section className="card map-card plan-map" aria-labelledby="plan-map-title">
      <div className="card-head">
        <h2 id="plan-map-title">{t('plan.map.title')}</h2>
        {props.itemControl}
      </div>
      <div className="map-box" ref={box} onMouseLeave={() => setHover(null)}>
        <svg
          className="world-map"
          viewBox={`0 0 ${map.width} ${map.height}`}
          role="img"
          aria-label={t('plan.map.title')}
          onMouseMove={onMove}
          onClick={(event) => {
            const id = idAt(event.target);
            if (id) props.onSelect(id);
          }}
        >
          <g>
            {map.shapes.map((shape) => {
              const iso3 = countryByShape.get(shape.key)?.iso3;
              const row = iso3 ? rowById.get(iso3) : undefined;
              return (
                <path
                  key={shape.key}
                  d={shape.d}
                  fill={fillColour(row ? row.fillRate : null)}
                  data-key={shape.key}
                  data-iso3={iso3 ?? ''}
                  data-fill={row?.fillRate ?? ''}
                  className={`country ${row ? 'recipient' : 'not-recipient'}${
                    hover?.id === iso3 && iso3 ? ' hovered' : ''
                  }`}
                />
              );
            })}
          </g>
          <g className="selected-outline" aria-hidden="true">
            {selectedShapes.map((shape) => (
              <path key={shape.key} d={shape.d} />
            ))}
          </g>
        </svg>
        {hover && hovered && (
          <PlanTooltip
            row={hovered}
            name={props.names.recipient(hovered.id)}
            illustrative={props.illustrative.has(hovered.id)}
            x={hover.x}
            y={hover.y}
            width={box.current?.clientWidth ?? 0}
            height={box.current?.clientHeight ?? 0}
          />
        )}
      </div>
      {offMap.length > 0 && (
        <div className="off-map" data-testid="plan-off-map">
          <span className="off-map-label">{t('plan.map.offMap')}</span>
          {offMap.map((r) => (
            <button
              key={r.id}
              type="button"
              className={`chip${props.selected === r.id ? ' selected' : ''}`}
              onClick={() => props.onSelect(r.id)}
              data-testid={`chip-${r.id}`}
            >
              <span className="swatch" style={{ background: fillColour(r.fillRate) }} />
              {props.names.recipient(r.id)}{' '}
              <span className="muted">{formatPercent(r.fillRate, lang)}</span>
            </button>
          ))}
        </div>
      )}
      <FillLegend />
      <p className="map-note">{t('plan.map.hint')}</p>
    </section>
  );
}

/** The fill-rate legend: one swatch per class, need met, and countries without a request. */
export function FillLegend() {
  const { t, lang } = useI18n();
  const pct = (x: number) => formatPercent(x, lang);
  return (
    <div className="legend" data-testid="plan-legend">
      <span className="legend-title">{t('plan.legend.title')}</span>
      <ul>
        {fillLegend().map((item) => (
          <li key={item.colour}>
            <span className="swatch" style={{ background: item.colour }} />
            {item.to === null
              ? t('plan.legend.met')
              : item.from === null
                ? t('range.under', { a: pct(item.to) })
                : t('range.between', { a: pct(item.from), b: pct(item.to) })}
          </li>
        ))}
        <li>
          <span className="swatch" style={{ background: fillColour(null) }} />
          {t('plan.legend.noRequest')}
        </li>
      </ul>
    </div>
  );
}

function PlanTooltip(props: {
  row: RecipientRow;
  name: string;
  illustrative: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
}) {
  const { t, lang } = useI18n();
  const flipX = props.x > props.width - 240;
  const flipY = props.y > props.height - 150;
  const style = {
    left: flipX ? props.x - 14 : props.x + 14,
    top: flipY ? props.y - 14 : props.y + 14,
    transform: `translate(${flipX ? '-100%' : '0'}, ${flipY ? '-100%' : '0'})`,
  };
  return (
    <div className="map-tooltip" style={style} role="tooltip">
      <div className="tooltip-name">{props.name}</div>
      {props.illustrative && <div className="tooltip-second">{t('plan.illustrative')}</div>}
      <dl>
        <dt>{t('plan.col.fill')}</dt>
        <dd>{formatPercent(props.row.fillRate, lang)}</dd>
        <dt>{t('plan.col.lowestFill')}</dt>
        <dd>{formatPercent(props.row.minFillRate, lang)}</dd>
        <dt>{t('plan.col.proRataFill')}</dt>
        <dd>{formatPercent(props.row.proRataFillRate, lang)}</dd>
        <dt>{t('plan.col.weight')}</dt>
        <dd>{formatWeight(props.row.weight, lang)}</dd>
      </dl>
    </div>
  );
}
