import type { Frame } from './chartFrame';
import { chooseTicks, TICK_SPACING, tickPosition, type AxisScale } from './ticks';
import './chart.css';

export interface GridLinesProps<V> {
  frame: Frame;
  /** y: horizontal lines at the y scale's ticks; x: vertical lines at the x scale's. */
  axis: 'x' | 'y';
  scale: AxisScale<V>;
  /** The same ticks the matching Axis labels (default: the same choice Axis makes). */
  ticks?: readonly V[] | number;
  filter?: (values: V[]) => V[];
}

/** Hairlines across the plot at the axis ticks, drawn under the data. */
export function GridLines<V>({ frame, axis, scale, ticks, filter }: GridLinesProps<V>) {
  const { inner } = frame;
  const y = axis === 'y';
  const values = chooseTicks(scale, y ? inner.height : inner.width, y ? TICK_SPACING.y : TICK_SPACING.x, ticks, filter);
  return (
    <g className="chart-grid" aria-hidden="true">
      {values.map((v) => {
        const at = tickPosition(scale, v);
        return y ? (
          <line key={String(v)} x1={inner.left} x2={inner.right} y1={at} y2={at} />
        ) : (
          <line key={String(v)} x1={at} x2={at} y1={inner.top} y2={inner.bottom} />
        );
      })}
    </g>
  );
}
