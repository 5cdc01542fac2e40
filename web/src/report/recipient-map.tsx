/// <reference types="vite/client" />
import { useEffect, useMemo, useState } from 'react';
import type { Feature, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import fineAtlasUrl from 'world-atlas/countries-50m.json?url';
import type { RecipientSummary, Report } from '../../../src/core/reporting';
import type { CountryRef } from '../api/types';
import { Segmented } from '../components/status';
import { useI18n } from '../i18n/i18n';
import { formatCompact, formatCount, formatList } from '../lib/format';
import { countryFeatures } from '../map/geo';
import { MAP_WIDTH, worldShapes } from '../map/world-shapes';
import { mapLegend, NOT_AIDED_COLOUR, recipientColour, valueBreaks } from './map-colours';
import { mapProjection, placeRecipients, recipientDots } from './recipient-geo';
import { recipientName } from './recipient-rows';
import type { MapColouring } from './report-url';

type Features = Feature<Geometry, { name: string }>[];

let projection: ReturnType<typeof mapProjection> | null = null;
let fineCache: Promise<Features> | null = null;

/**
 * The 1:50m countries, loaded only when a recipient is too small for the 1:110m map. Fetched as the
 * JSON file it is (a build asset), not bundled as a script: the browser parses it faster that way.
 */
function fineFeatures(): Promise<Features> {
  fineCache ??= fetch(fineAtlasUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`${fineAtlasUrl}: HTTP ${response.status}`);
      return response.json() as Promise<Topology>;
    })
    .then((topology) => countryFeatures(topology));
  return fineCache;
}

/** The map of recipient countries, coloured by reference value or first batch, with small ones as dots. */
export function RecipientMap(props: {
  report: Report;
  reference: readonly CountryRef[];
  colouring: MapColouring;
  onColouring: (colouring: MapColouring) => void;
}) {
  const { t, lang } = useI18n();
  const map = worldShapes();
  const { recipients } = props.report;
  const placement = useMemo(
    () => placeRecipients(map.shapes, recipients, props.reference),
    [map, recipients, props.reference],
  );
  const [fine, setFine] = useState<Features | null>(null);
  const needsFine = placement.offMap.length > 0 && props.reference.length > 0;
  useEffect(() => {
    if (!needsFine) return undefined;
    let live = true;
    fineFeatures().then(
      (features) => live && setFine(features),
      () => live && setFine([]),
    );
    return () => {
      live = false;
    };
  }, [needsFine]);
  const dots = useMemo(() => {
    if (!fine) return [];
    projection ??= mapProjection(countryFeatures(atlas as unknown as Topology), MAP_WIDTH);
    return recipientDots(placement.offMap, props.reference, fine, projection);
  }, [fine, placement, props.reference]);
  const breaks = useMemo(() => valueBreaks(recipients.map((r) => r.valueUsd)), [recipients]);
  const countries = recipients.filter((r) => r.kind === 'country');
  const legend = mapLegend(countries, props.colouring, breaks);
  const dotted = new Set(dots.map((d) => d.recipient.id));
  const missing = fine ? placement.offMap.filter((r) => !dotted.has(r.id)) : [];
  const label = (r: RecipientSummary) =>
    `${recipientName(r, lang)} · ${formatCompact(r.valueUsd, lang)} USD`;

  return (
    <section className="card rep-map-card" aria-labelledby="rep-map-title">
      <div className="card-head">
        <h2 id="rep-map-title">{t('report.map.title')}</h2>
        <Segmented
          className="rep-no-print"
          label={t('report.map.colour')}
          value={props.colouring}
          options={[
            { value: 'value' as const, label: t('report.map.byValue') },
            { value: 'batch' as const, label: t('report.map.byBatch') },
          ]}
          onChange={props.onColouring}
        />
      </div>
      <svg
        className="world-map rep-map"
        viewBox={`0 0 ${map.width} ${map.height}`}
        role="img"
        aria-label={t('report.map.title')}
        data-testid="rep-map"
      >
        {map.shapes.map((shape) => {
          const r = placement.byShape.get(shape.key);
          return (
            <path
              key={shape.key}
              d={shape.d}
              fill={r ? recipientColour(r, props.colouring, breaks) : NOT_AIDED_COLOUR}
              className={r ? 'country rep-aided' : 'country'}
              data-recipient={r?.id}
            >
              {r && <title>{label(r)}</title>}
            </path>
          );
        })}
        {dots.map((d) => (
          <circle
            key={d.recipient.id}
            cx={d.x}
            cy={d.y}
            r={4}
            fill={recipientColour(d.recipient, props.colouring, breaks)}
            className="rep-aided rep-dot"
            data-recipient={d.recipient.id}
          >
            <title>{label(d.recipient)}</title>
          </circle>
        ))}
      </svg>
      <div className="legend rep-legend" data-testid="rep-map-legend">
        <span className="legend-title">
          {t(props.colouring === 'value' ? 'report.map.legendValue' : 'report.map.legendBatch')}
        </span>
        <ul>
          {legend.map((e) => (
            <li key={`${e.colour}-${e.kind}`}>
              <span className="swatch" style={{ background: e.colour }} />
              {e.kind === 'batch'
                ? t('report.map.batch', { n: e.batch })
                : e.kind === 'range'
                  ? rangeLabel(e.from, e.to, lang)
                  : t(e.kind === 'unvalued' ? 'report.map.unvalued' : 'report.map.other')}
            </li>
          ))}
        </ul>
      </div>
      <p className="map-note">
        {dots.length > 0 && t('report.map.dots', { count: formatCount(dots.length, lang) })}{' '}
        {missing.length > 0 &&
          t('report.map.missing', {
            names: formatList(
              missing.map((r) => recipientName(r, lang)),
              lang,
            ),
          })}
      </p>
    </section>
  );
}

function rangeLabel(from: number | null, to: number | null, lang: 'en' | 'zh'): string {
  if (from === null && to !== null) return `< ${formatCompact(to, lang)}`;
  if (to === null && from !== null) return `≥ ${formatCompact(from, lang)}`;
  return `${formatCompact(from, lang)}–${formatCompact(to, lang)}`;
}

/** The international organisations aided, beside the map: batches, forms, value and partners. */
export function OrganisationList(props: { report: Report }) {
  const { t, lang } = useI18n();
  const orgs = props.report.recipients.filter((r) => r.kind === 'organisation');
  const partners = (id: string) =>
    props.report.recipients.filter((r) => r.via.includes(id)).map((r) => recipientName(r, lang));
  return (
    <section className="card rep-orgs" aria-labelledby="rep-orgs-title" data-testid="rep-orgs">
      <h2 id="rep-orgs-title">{t('report.orgs.title')}</h2>
      {orgs.length === 0 ? (
        <p className="muted">{t('report.orgs.none')}</p>
      ) : (
        <ul>
          {orgs.map((o) => (
            <li key={o.id}>
              <b>{recipientName(o, lang)}</b> <span className="row-code">{o.id}</span>
              <div className="muted">
                {formatList(
                  [
                    ...o.forms.map((f) => t(`report.form.${f}`)),
                    ...o.batches.map((n) => t('report.map.batch', { n })),
                  ],
                  lang,
                )}
                {o.valueUsd > 0 && ` · ${formatCompact(o.valueUsd, lang)} USD`}
              </div>
              {partners(o.id).length > 0 && (
                <div className="muted">
                  {t('report.orgs.partnerFor', { names: formatList(partners(o.id), lang) })}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
