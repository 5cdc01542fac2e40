import { useI18n } from '../i18n/i18n';
import { legendItems, type MapMetric } from '../lib/scales';

/** The map's legend: a title with the unit and one swatch per class or state. */
export function MapLegend(props: { metric: MapMetric }) {
  const { t, lang } = useI18n();
  const items = legendItems(props.metric, lang);
  return (
    <div className="legend" data-testid="map-legend">
      <span className="legend-title">
        {t(props.metric === 'perMillion' ? 'legend.perMillion' : 'legend.doubling')}
      </span>
      <ul>
        {items.map((item) => (
          <li key={item.label}>
            <span className="swatch" style={{ background: item.colour }} />
            {item.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
