import { scaleLinear } from 'd3-scale';
import { useState, type MouseEvent } from 'react';
import { useI18n } from '../i18n/i18n';
import { formatCompact, formatCount, formatShortDate } from '../lib/format';
import type { NeedRow } from './need-rows';
import { weekDates } from './need-rows';

const WIDTH = 560;
const HEIGHT = 170;
const M = { top: 10, right: 10, bottom: 22, left: 46 };

/** Colours of the chart: gross need (line and band) and net need (bars). */
export const NEED_COLOURS = { gross: '#1d4ed8', net: '#c2410c' } as const;

/** One item's forecast week by week: net need as bars, gross need as a line in its low-high band. */
export function NeedChart(props: { row: NeedRow; asOf: string }) {
  const { t, lang } = useI18n();
  const [hover, setHover] = useState<number | null>(null);
  const { weeks } = props.row;
  const n = Math.max(weeks.length, 1);
  const step = (WIDTH - M.left - M.right) / n;
  const x = (i: number) => M.left + i * step + step / 2;
  const max = Math.max(1, ...weeks.map((w) => Math.max(w.gross.high, w.net.high)));
  const y = scaleLinear()
    .domain([0, max])
    .nice(4)
    .range([HEIGHT - M.bottom, M.top]);
  const base = HEIGHT - M.bottom;
  const line = (pick: (i: number) => number) =>
    weeks.map((_, i) => `${x(i).toFixed(1)},${y(pick(i)).toFixed(1)}`).join(' ');
  const band = `${line((i) => weeks[i]?.gross.high ?? 0)} ${weeks
    .map(
      (_, i) =>
        `${x(weeks.length - 1 - i).toFixed(1)},${y(weeks[weeks.length - 1 - i]?.gross.low ?? 0).toFixed(1)}`,
    )
    .join(' ')}`;
  const labelEvery = n > 8 ? 2 : 1;

  const onMove = (event: MouseEvent<SVGRectElement>) => {
    const svg = event.currentTarget.ownerSVGElement;
    if (!svg) return;
    const rect = svg.getBoundingClientRect();
    const px = ((event.clientX - rect.left) / rect.width) * WIDTH;
    setHover(Math.min(n - 1, Math.max(0, Math.floor((px - M.left) / step))));
  };
  const shownIndex = hover ?? n - 1;
  const shown = weeks[shownIndex];
  const dates = shown ? weekDates(props.asOf, shown.week) : null;
  const range = (b: { low: number; high: number }) =>
    `${formatCompact(b.low, lang)}–${formatCompact(b.high, lang)}`;

  return (
    <figure className="need-chart">
      <figcaption className="chart-readout">
        {shown && dates && (
          <>
            <span className="readout-date">
              {t('forecast.chart.week', { n: shown.week })} · {formatShortDate(dates.start, lang)}–
              {formatShortDate(dates.end, lang)}
            </span>
            <span>
              <i className="key-line" style={{ background: NEED_COLOURS.gross }} />{' '}
              {t('forecast.chart.gross')} <b>{formatCount(shown.gross.value, lang)}</b>{' '}
              <span className="muted">
                ({t('forecast.chart.band')} {range(shown.gross)})
              </span>
            </span>
            <span>
              <i className="key-bar" style={{ background: NEED_COLOURS.net }} />{' '}
              {t('forecast.chart.net')} <b>{formatCount(shown.net.value, lang)}</b>
            </span>
          </>
        )}
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="chart-svg"
        role="img"
        aria-label={`${lang === 'zh' ? props.row.nameZh : props.row.nameEn}: ${t(
          props.row.reusable ? 'forecast.chart.inService' : 'forecast.chart.perWeek',
        )}`}
      >
        {y
          .ticks(4)
          .filter(Number.isInteger)
          .map((tick) => (
            <g key={tick} className="grid">
              <line x1={M.left} x2={WIDTH - M.right} y1={y(tick)} y2={y(tick)} />
              <text x={M.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
                {formatCompact(tick, lang)}
              </text>
            </g>
          ))}
        {weeks.map((w, i) =>
          i % labelEvery === 0 || i === n - 1 ? (
            <text key={w.week} className="axis-x" x={x(i)} y={HEIGHT - 6} textAnchor="middle">
              {formatShortDate(weekDates(props.asOf, w.week).start, lang)}
            </text>
          ) : null,
        )}
        <g fill={NEED_COLOURS.net} opacity={0.6} className="net-bars">
          {weeks.map((w, i) => (
            <rect
              key={w.week}
              x={x(i) - step * 0.3}
              width={step * 0.6}
              y={y(w.net.value)}
              height={Math.max(0, base - y(w.net.value))}
            />
          ))}
        </g>
        <polygon className="gross-band" fill={NEED_COLOURS.gross} opacity={0.14} points={band} />
        <polyline
          className="gross-line"
          stroke={NEED_COLOURS.gross}
          points={line((i) => weeks[i]?.gross.value ?? 0)}
        />
        {weeks.map((w, i) => (
          <circle
            key={w.week}
            cx={x(i)}
            cy={y(w.gross.value)}
            r={i === shownIndex ? 3.5 : 2}
            fill={NEED_COLOURS.gross}
          />
        ))}
        <line className="baseline" x1={M.left} x2={WIDTH - M.right} y1={base} y2={base} />
        {hover !== null && (
          <line className="hover-rule" x1={x(hover)} x2={x(hover)} y1={M.top} y2={base} />
        )}
        <rect
          className="hit-area"
          x={M.left}
          y={M.top}
          width={WIDTH - M.left - M.right}
          height={base - M.top}
          onMouseMove={onMove}
          onMouseLeave={() => setHover(null)}
        />
      </svg>
    </figure>
  );
}
