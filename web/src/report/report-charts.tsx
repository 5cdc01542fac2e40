import type { Report } from '../../../src/core/reporting';
import { useI18n } from '../i18n/i18n';
import { formatCompact, formatCount, formatShortDate } from '../lib/format';
import { band, linearAxis, PIPELINE_STAGES, stageShares } from './chart-scales';

const WIDTH = 560;
/** Colours of the pipeline stages, request (light) to receipt (dark). */
const STAGE_COLOURS = ['#d8d3c4', '#b7c9c2', '#7fb3a8', '#3f8f8a', '#1d5e6b'] as const;

/** Countries aided in each region of the chosen grouping, as horizontal bars. */
export function RegionChart(props: { report: Report }) {
  const { t, lang } = useI18n();
  const regions = props.report.regions;
  const row = 26;
  const left = 150;
  const height = regions.length * row + 24;
  const axis = linearAxis(Math.max(0, ...regions.map((r) => r.countries)), left, WIDTH - 40);
  const grouping = props.report.grouping;
  return (
    <figure className="card rep-chart" data-testid="rep-regions">
      <h2>{t('report.regions.title')}</h2>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="chart-svg" role="img">
        <title>{t('report.regions.title')}</title>
        {regions.map((r, i) => {
          const y = i * row + 4;
          return (
            <g key={r.id} data-region={r.id} data-count={r.countries}>
              <text x={left - 8} y={y + row / 2} textAnchor="end" dominantBaseline="middle">
                {lang === 'zh' ? r.nameZh : r.nameEn}
              </text>
              <rect
                x={left}
                y={y + 3}
                width={Math.max(0, axis.at(r.countries) - left)}
                height={row - 8}
                className="rep-bar"
              />
              <text x={axis.at(r.countries) + 6} y={y + row / 2} dominantBaseline="middle">
                {formatCount(r.countries, lang)}
              </text>
            </g>
          );
        })}
        <line x1={left} x2={left} y1={0} y2={height - 20} className="baseline" />
      </svg>
      <figcaption className="muted">
        {t('report.regions.note', { name: lang === 'zh' ? grouping.nameZh : grouping.nameEn })}
      </figcaption>
    </figure>
  );
}

/** Each item from request to receipt: five bars as shares of its largest stage, units in the labels. */
export function ItemChart(props: { report: Report }) {
  const { t, lang } = useI18n();
  const items = props.report.items;
  const bar = 6;
  const row = PIPELINE_STAGES.length * bar + 14;
  const left = 170;
  const right = 90;
  const height = items.length * row + 8;
  const axis = linearAxis(1, left, WIDTH - right, 2);
  return (
    <figure className="card rep-chart" data-testid="rep-items">
      <h2>{t('report.items.title')}</h2>
      <StageKey />
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="chart-svg" role="img">
        <title>{t('report.items.title')}</title>
        {items.map((item, i) => {
          const y0 = i * row + 4;
          const shares = stageShares(item.units);
          return (
            <g key={item.item} data-item={item.item}>
              <text x={left - 8} y={y0 + (PIPELINE_STAGES.length * bar) / 2} textAnchor="end">
                <tspan dominantBaseline="middle">{lang === 'zh' ? item.nameZh : item.nameEn}</tspan>
              </text>
              {PIPELINE_STAGES.map((stage, s) => (
                <rect
                  key={stage}
                  x={left}
                  y={y0 + s * bar}
                  width={Math.max(0, axis.at(shares[stage]) - left)}
                  height={bar - 1}
                  fill={STAGE_COLOURS[s]}
                >
                  <title>{`${t(`report.stage.${stage}`)}: ${formatCount(item.units[stage], lang)} ${item.unit}`}</title>
                </rect>
              ))}
              <text
                x={WIDTH - right + 6}
                y={y0 + (PIPELINE_STAGES.length * bar) / 2}
                dominantBaseline="middle"
                className="rep-chart-figure"
              >
                {`${formatCompact(item.units.received, lang)} / ${formatCompact(item.units.requested, lang)}`}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">{t('report.items.note')}</figcaption>
    </figure>
  );
}

function StageKey() {
  const { t } = useI18n();
  return (
    <ul className="rep-key">
      {PIPELINE_STAGES.map((stage, s) => (
        <li key={stage}>
          <i className="swatch" style={{ background: STAGE_COLOURS[s] }} />
          {t(`report.stage.${stage}`)}
        </li>
      ))}
    </ul>
  );
}

const WEEK_SERIES = [
  { key: 'unitsAllocated', stage: 'allocated', colour: STAGE_COLOURS[2] },
  { key: 'unitsShipped', stage: 'shipped', colour: STAGE_COLOURS[3] },
  { key: 'unitsReceived', stage: 'received', colour: STAGE_COLOURS[4] },
] as const;

/** Units allocated, shipped and received in each week, as grouped vertical bars. */
export function WeekChart(props: { report: Report }) {
  const { t, lang } = useI18n();
  const weeks = props.report.weeks;
  const height = 200;
  const m = { top: 10, right: 10, bottom: 26, left: 52 };
  const max = Math.max(0, ...weeks.flatMap((w) => WEEK_SERIES.map((s) => w[s.key])));
  const axis = linearAxis(max, height - m.bottom, m.top);
  const inner = WIDTH - m.left - m.right;
  return (
    <figure className="card rep-chart" data-testid="rep-weeks">
      <h2>{t('report.weeks.title')}</h2>
      <ul className="rep-key">
        {WEEK_SERIES.map((s) => (
          <li key={s.key}>
            <i className="swatch" style={{ background: s.colour }} />
            {t(`report.stage.${s.stage}`)}
          </li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="chart-svg" role="img">
        <title>{t('report.weeks.title')}</title>
        <g className="grid">
          {axis.ticks.map((tick) => (
            <g key={tick}>
              <line x1={m.left} x2={WIDTH - m.right} y1={axis.at(tick)} y2={axis.at(tick)} />
              <text x={m.left - 6} y={axis.at(tick)} textAnchor="end" dominantBaseline="middle">
                {formatCompact(tick, lang)}
              </text>
            </g>
          ))}
        </g>
        {weeks.map((w, i) => {
          const slot = band(i, weeks.length, inner, m.left, 0.3);
          return (
            <g key={w.week} data-week={w.week}>
              <title>{t('report.weeks.of', { date: formatShortDate(w.week, lang) })}</title>
              {WEEK_SERIES.map((s, k) => {
                const b = band(k, WEEK_SERIES.length, slot.width, slot.x, 0.1);
                return (
                  <rect
                    key={s.key}
                    x={b.x}
                    width={b.width}
                    y={axis.at(w[s.key])}
                    height={Math.max(0, axis.at(0) - axis.at(w[s.key]))}
                    fill={s.colour}
                  >
                    <title>{`${t(`report.stage.${s.stage}`)}: ${formatCount(w[s.key], lang)}`}</title>
                  </rect>
                );
              })}
              <text x={slot.x + slot.width / 2} y={height - 8} textAnchor="middle">
                {formatShortDate(w.week, lang)}
              </text>
            </g>
          );
        })}
        <line
          x1={m.left}
          x2={WIDTH - m.right}
          y1={axis.at(0)}
          y2={axis.at(0)}
          className="baseline"
        />
      </svg>
      <figcaption className="muted">{t('report.weeks.note')}</figcaption>
    </figure>
  );
}
