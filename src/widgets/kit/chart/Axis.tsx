import type { Frame } from './chartFrame';
import { chooseTicks, TICK_SPACING, tickPosition, type AxisScale } from './ticks';
import './chart.css';

export interface AxisProps<V> {
  frame: Frame;
  /** bottom: an x axis under the plot; left: a y axis beside it. */
  side: 'bottom' | 'left';
  scale: AxisScale<V>;
  /** The values to label, or how many to ask the scale for; default: as many as fit. */
  ticks?: readonly V[] | number;
  /** Keeps some of the scale's ticks, e.g. integerTicks or decadeTicks. */
  filter?: (values: V[]) => V[];
  format?: (value: V) => string;
  /** The axis title: under the ticks at the right end (x), or above the plot at the left (y). */
  label?: string;
  /** Draws the axis line along the plot's edge. */
  line?: boolean;
  /** Ticks to set in bold (e.g. the predicted class). */
  strong?: (value: V) => boolean;
}

/** Tick labels (class chart-tick, data-axis x or y), an optional axis line and an optional title. */
export function Axis<V>({
  frame,
  side,
  scale,
  ticks,
  filter,
  format = String,
  label,
  line = false,
  strong,
}: AxisProps<V>) {
  const { inner } = frame;
  const x = side === 'bottom';
  const values = chooseTicks(scale, x ? inner.width : inner.height, x ? TICK_SPACING.x : TICK_SPACING.y, ticks, filter);
  const axis = x ? 'x' : 'y';
  return (
    <g className="chart-axis" data-axis={axis}>
      {line &&
        (x ? (
          <line className="chart-axis-line" x1={inner.left} x2={inner.right} y1={inner.bottom} y2={inner.bottom} />
        ) : (
          <line className="chart-axis-line" x1={inner.left} x2={inner.left} y1={inner.top} y2={inner.bottom} />
        ))}
      {values.map((v) => {
        const at = tickPosition(scale, v);
        const className = strong?.(v) ? 'chart-tick chart-tick-strong' : 'chart-tick';
        return x ? (
          <text
            key={String(v)}
            className={className}
            data-axis={axis}
            x={at}
            y={inner.bottom + 8}
            dy="0.71em"
            textAnchor="middle"
          >
            {format(v)}
          </text>
        ) : (
          <text
            key={String(v)}
            className={className}
            data-axis={axis}
            x={inner.left - 6}
            y={at}
            dy="0.32em"
            textAnchor="end"
          >
            {format(v)}
          </text>
        );
      })}
      {label !== undefined &&
        (x ? (
          <text className="chart-axis-label" x={inner.right} y={frame.height - 5} textAnchor="end">
            {label}
          </text>
        ) : (
          <text className="chart-axis-label" x={4} y={inner.top - 9}>
            {label}
          </text>
        ))}
    </g>
  );
}
