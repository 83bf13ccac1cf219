import { scaleLinear } from 'd3';
import { useId } from 'react';
import { useT } from '../../state/lang';
import { Axis, chartMargin, useChartFrame } from '../kit/chart';
import { formatNumber } from '../kit/controls/numericInput';
import type { PerceptronParams } from '../kit/logic/gates';
import type { TruthRow } from './perceptronRows';
import { decisionSegment, firingRegion, type Point } from './halfPlane';

const LO = -0.5;
const HI = 1.5;
const SPEC = { height: { aspect: 1 }, margin: chartMargin({ leftTickChars: 1, xLabel: true, yLabel: true }) };

/** The input plane: the four points (filled = fires), the line w1·x1 + w2·x2 + b = 0, and the hatched firing side. */
export function GatePlot({ params, rows }: { params: PerceptronParams; rows: readonly TruthRow[] }) {
  const t = useT();
  const id = useId();
  const { w1, w2, b } = params;
  const { ref, frame } = useChartFrame(SPEC, 300);
  const x = scaleLinear().domain([LO, HI]).range(frame.x);
  const y = scaleLinear().domain([LO, HI]).range(frame.y);
  const toSvg = ([a, c]: Point) => `${x(a)},${y(c)}`;
  const region = firingRegion(w1, w2, b, LO, HI);
  const segment = decisionSegment(w1, w2, b, LO, HI);
  const summary =
    t({
      ko: `결정 경계 ${formatNumber(w1)}·x1 + ${formatNumber(w2)}·x2 + ${formatNumber(b)} = 0. 발화하는 점: `,
      en: `Decision line ${formatNumber(w1)}·x1 + ${formatNumber(w2)}·x2 + ${formatNumber(b)} = 0. Points that fire: `,
    }) +
    (rows
      .filter((r) => r.y === 1)
      .map((r) => `(${r.x1},${r.x2})`)
      .join(', ') || t({ ko: '없음', en: 'none' }));

  return (
    <svg ref={ref} className="chart gate-plot" viewBox={frame.viewBox} role="img" aria-label={summary}>
      <defs>
        <pattern id={`${id}-hatch`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" className="gate-plot-fire-bg" />
          <line x1="0" y1="0" x2="0" y2="8" className="gate-plot-hatch" />
        </pattern>
      </defs>
      <rect x={x(LO)} y={y(HI)} width={x(HI) - x(LO)} height={y(LO) - y(HI)} className="chart-plot-frame" />
      {region.length > 2 && (
        <polygon points={region.map(toSvg).join(' ')} fill={`url(#${id}-hatch)`} data-region="fires" />
      )}
      <Axis frame={frame} side="bottom" scale={x} ticks={[0, 1]} label="x₁" />
      <Axis frame={frame} side="left" scale={y} ticks={[0, 1]} label="x₂" />
      {segment && (
        <line
          x1={x(segment[0][0])}
          y1={y(segment[0][1])}
          x2={x(segment[1][0])}
          y2={y(segment[1][1])}
          className="gate-plot-line"
          data-line="decision"
        />
      )}
      {rows.map((r) => (
        <g key={`${r.x1},${r.x2}`} data-point={`${r.x1},${r.x2}`} data-output={r.y}>
          <circle
            cx={x(r.x1)}
            cy={y(r.x2)}
            r={9}
            className={r.y === 1 ? 'gate-point gate-point-on' : 'gate-point gate-point-off'}
          />
          <text x={x(r.x1) + 13} y={y(r.x2) - 9} className="gate-point-label">
            y={r.y}
          </text>
        </g>
      ))}
    </svg>
  );
}
