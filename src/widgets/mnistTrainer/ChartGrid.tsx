import type { ScaleLinear } from 'd3';
import { formatNumber } from '../kit/controls/numericInput';

/** Horizontal grid lines with their value labels at the left edge (shared by the trainer's charts). */
export function ChartGrid({ y, left, right }: { y: ScaleLinear<number, number>; left: number; right: number }) {
  return (
    <>
      {y.ticks(4).map((v) => (
        <g key={v}>
          <line x1={left} x2={right} y1={y(v)} y2={y(v)} className="grid" />
          <text x={left - 6} y={y(v)} dy="0.32em" textAnchor="end" className="tick">{formatNumber(v)}</text>
        </g>
      ))}
    </>
  );
}
