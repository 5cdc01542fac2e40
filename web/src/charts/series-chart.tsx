import { scaleLinear, scaleLog } from 'd3-scale';
import { useState, type MouseEvent } from 'react';
import { useI18n } from '../i18n/i18n';
import { formatCompact, formatCount, formatShortDate } from '../lib/format';
import { dateTicks, logTicks, type ChartPoint } from '../lib/series';

const WIDTH = 560;
const HEIGHT = 210;
const M = { top: 12, right: 12, bottom: 24, left: 46 };

/** A country curve in hand-drawn SVG: daily bars with a 7-day mean line, or a cumulative line; linear or log. */
export function SeriesChart(props: {
  points: readonly ChartPoint[];
  daily: boolean;
  log: boolean;
  colour: string;
  valueLabel: string;
  meanLabel: string;
}) {
  const { lang } = useI18n();
  const [hover, setHover] = useState<number | null>(null);
  const { points, daily, log } = props;
  const n = Math.max(points.length, 1);
  const step = (WIDTH - M.left - M.right) / n;
  const x = (i: number) => M.left + i * step;
  const max = Math.max(1, ...points.map((p) => Math.max(p.value, p.mean ?? 0)));
  const ticks = log ? logTicks(max) : scaleLinear().domain([0, max]).nice(4).ticks(4);
  const top = ticks[ticks.length - 1] ?? max;
  const y = log
    ? scaleLog()
        .domain([1, Math.max(10, top)])
        .range([HEIGHT - M.bottom, M.top])
        .clamp(true)
    : scaleLinear()
        .domain([0, top])
        .range([HEIGHT - M.bottom, M.top]);
  const base = HEIGHT - M.bottom;
  const yOf = (v: number) => y(log ? Math.max(v, 1) : v);
  const linePoints = (values: (number | null)[]) =>
    values
      .map((v, i) => (v === null ? null : `${(x(i) + step / 2).toFixed(1)},${yOf(v).toFixed(1)}`))
      .filter((p): p is string => p !== null)
      .join(' ');

  const onMove = (event: MouseEvent<SVGRectElement>) => {
    const svg = event.currentTarget.ownerSVGElement;
    if (!svg) return;
    const rect = svg.getBoundingClientRect();
    const px = ((event.clientX - rect.left) / rect.width) * WIDTH;
    setHover(Math.min(points.length - 1, Math.max(0, Math.floor((px - M.left) / step))));
  };
  const hovered = hover === null ? undefined : points[hover];
  const last = points[points.length - 1];
  const shown = hovered ?? last;

  return (
    <figure className="series-chart">
      <figcaption className="chart-readout">
        {shown && (
          <>
            <span className="readout-date">{formatShortDate(shown.date, lang)}</span>
            <span>
              <i className="key-bar" style={{ background: props.colour }} /> {props.valueLabel}{' '}
              <b>{formatCount(shown.value, lang)}</b>
            </span>
            {daily && shown.mean !== null && (
              <span>
                <i className="key-line" /> {props.meanLabel} <b>{formatCount(shown.mean, lang)}</b>
              </span>
            )}
          </>
        )}
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="chart-svg"
        role="img"
        aria-label={props.valueLabel}
      >
        {ticks.map((tick) => (
          <g key={tick} className="grid">
            <line x1={M.left} x2={WIDTH - M.right} y1={yOf(tick)} y2={yOf(tick)} />
            <text x={M.left - 6} y={yOf(tick)} dy="0.32em" textAnchor="end">
              {formatCompact(tick, lang)}
            </text>
          </g>
        ))}
        {dateTicks(points.map((p) => p.date)).map((i) => (
          <text
            key={i}
            className="axis-x"
            x={x(i) + step / 2}
            y={HEIGHT - 6}
            textAnchor={i === points.length - 1 ? 'end' : 'middle'}
          >
            {formatShortDate(points[i]?.date ?? '', lang)}
          </text>
        ))}
        {daily ? (
          <>
            <g fill={props.colour} opacity={0.55}>
              {points.map((p, i) =>
                p.value > 0 ? (
                  <rect
                    key={p.date}
                    x={x(i) + step * 0.12}
                    width={Math.max(step * 0.76, 0.6)}
                    y={yOf(p.value)}
                    height={Math.max(0, base - yOf(p.value))}
                  />
                ) : null,
              )}
            </g>
            <polyline className="mean-line" points={linePoints(points.map((p) => p.mean))} />
          </>
        ) : (
          <>
            <polygon
              fill={props.colour}
              opacity={0.12}
              points={`${x(0) + step / 2},${base} ${linePoints(points.map((p) => p.value))} ${x(n - 1) + step / 2},${base}`}
            />
            <polyline
              className="total-line"
              stroke={props.colour}
              points={linePoints(points.map((p) => p.value))}
            />
          </>
        )}
        <line className="baseline" x1={M.left} x2={WIDTH - M.right} y1={base} y2={base} />
        {hover !== null && (
          <line
            className="hover-rule"
            x1={x(hover) + step / 2}
            x2={x(hover) + step / 2}
            y1={M.top}
            y2={base}
          />
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
