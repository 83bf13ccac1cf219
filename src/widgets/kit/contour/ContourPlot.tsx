import { contours, geoPath, geoTransform, line, scaleLinear } from 'd3';
import { useId, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import {
  arrowHead,
  clampToDomain,
  finitePoints,
  gridToDomain,
  logLevels,
  sampleGrid,
  type Domain,
  type Point,
} from './contourGrid';
import { startOffsets } from './startOffsets';
import { Axis } from '../chart/Axis';
import { chartMargin } from '../chart/chartFrame';
import { Legend } from '../chart/Legend';
import { SeriesMarker } from '../chart/SeriesMarker';
import type { SeriesStyle } from '../chart/seriesStyles';
import { useChartFrame } from '../chart/useChartFrame';
import './contourPlot.css';

export type { Domain, Point } from './contourGrid';

/** One path over the surface: an optimizer's steps, say, drawn in its series style (e.g. ...seriesStyles.adam). */
export interface ContourPath extends SeriesStyle {
  id: string;
  label: string;
  points: readonly Point[];
  /** Arrows in domain coordinates (e.g. −∇f at each step), drawn in the path's colour. */
  arrows?: readonly (readonly [Point, Point])[];
}

export interface ContourPlotProps {
  /** The surface, e.g. (x, y) => x * x / 20 + y * y. Keep it referentially stable (module level or useMemo). */
  f: (x: number, y: number) => number;
  domain: Domain;
  paths: readonly ContourPath[];
  /** Summary of what the picture shows, for screen readers (update it with the state). */
  label: string;
  /** Contour thresholds; default: `levelCount` log-spaced levels between the surface's min and max. */
  levels?: readonly number[];
  levelCount?: number;
  /** Grid cells along x (y follows the aspect ratio). */
  resolution?: number;
  /** Marked with a ★ and a label, e.g. the true minimum. */
  minimum?: Point;
  /** A draggable start point (pointer, touch, or arrow keys when focused). */
  start?: Point;
  onStartChange?: (p: Point) => void;
  /** Arrow-key step in domain units (Shift: a tenth). Default: 1/40 of the x span. */
  startStep?: number;
  /** Accessible name of the start handle, e.g. "Start point (−3, 4)". */
  startLabel?: string;
  axisLabels?: readonly [string, string];
  /** Text of the legend heading (omit to hide the legend). */
  legendTitle?: string;
}

/** Width before the first layout, in CSS px; then the plot draws at its real width in chart units. */
const FALLBACK_PX = 440;
const MARGIN = chartMargin({ leftTickChars: 3, xLabel: true, yLabel: true });
/** Start markers closer than this (units) are fanned out round a ring of START_RING, so each one shows. */
const START_GAP = 8;
const START_RING = 10;

/**
 * A d3 contour map of f with paths, gradient arrows, a legend and an optional draggable start point.
 * It fills its container's width; the height follows the domain so both axes share one scale.
 */
export function ContourPlot(props: ContourPlotProps) {
  const {
    f,
    domain,
    paths,
    label,
    levelCount = 12,
    resolution = 80,
    minimum,
    start,
    onStartChange,
    axisLabels = ['x', 'y'],
    legendTitle,
  } = props;
  const xSpan = domain.x[1] - domain.x[0];
  const ySpan = domain.y[1] - domain.y[0];
  const { ref: wrapRef, frame } = useChartFrame<HTMLDivElement>(
    { height: { aspect: ySpan / xSpan }, minWidth: 240, margin: MARGIN },
    FALLBACK_PX,
  );
  const { inner } = frame;
  const id = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  const dragging = useRef(false);
  const x = scaleLinear().domain(domain.x).range(frame.x);
  const y = scaleLinear().domain(domain.y).range(frame.y);
  const step = props.startStep ?? xSpan / 40;
  const [plotW, plotH] = [inner.width, inner.height];

  const shapes = useMemo(() => {
    const nx = resolution;
    const ny = Math.max(8, Math.round(resolution * (ySpan / xSpan)));
    const grid = sampleGrid(f, domain, nx, ny);
    const thresholds = props.levels ? [...props.levels] : logLevels(grid.min, grid.max, levelCount);
    const sx = scaleLinear()
      .domain(domain.x)
      .range([MARGIN.left, MARGIN.left + plotW]);
    const sy = scaleLinear()
      .domain(domain.y)
      .range([MARGIN.top + plotH, MARGIN.top]);
    const projection = geoTransform({
      point(gx, gy) {
        const [px, py] = gridToDomain(gx, gy, grid, domain);
        this.stream.point(sx(px), sy(py));
      },
    });
    const draw = geoPath(projection);
    return contours()
      .size([nx, ny])
      .thresholds(thresholds)([...grid.values])
      .map((c) => ({ level: c.value, d: draw(c) ?? '' }));
  }, [f, domain, resolution, levelCount, props.levels, plotW, plotH, xSpan, ySpan]);

  function toDomain(clientX: number, clientY: number): Point | undefined {
    const svg = svgRef.current;
    const ctm = svg?.getScreenCTM();
    if (!svg || !ctm) return undefined;
    const p = new DOMPoint(clientX, clientY).matrixTransform(ctm.inverse());
    return clampToDomain([x.invert(p.x), y.invert(p.y)], domain);
  }

  function onPointerDown(e: PointerEvent<SVGElement>) {
    if (!onStartChange) return;
    e.preventDefault();
    dragging.current = true;
    svgRef.current?.setPointerCapture(e.pointerId);
    const p = toDomain(e.clientX, e.clientY);
    if (p) onStartChange(p);
  }

  function onPointerMove(e: PointerEvent<SVGSVGElement>) {
    if (!dragging.current || !onStartChange) return;
    const p = toDomain(e.clientX, e.clientY);
    if (p) onStartChange(p);
  }

  function onKeyDown(e: KeyboardEvent<SVGElement>) {
    if (!start || !onStartChange) return;
    const d = e.shiftKey ? step / 10 : step;
    const moves: Record<string, Point> = {
      ArrowLeft: [-d, 0],
      ArrowRight: [d, 0],
      ArrowUp: [0, d],
      ArrowDown: [0, -d],
    };
    const m = moves[e.key];
    if (!m) return;
    e.preventDefault();
    onStartChange(clampToDomain([start[0] + m[0], start[1] + m[1]], domain));
  }

  const toSvg = ([a, b]: Point): [number, number] => [x(a), y(b)];
  const drawLine = line<Point>()
    .x((p) => x(p[0]))
    .y((p) => y(p[1]));
  const clip = `${id}-clip`;
  const drawn = paths.map((path) => finitePoints(path.points));
  const fan = startOffsets(
    drawn.map((pts) => (pts[0] ? toSvg(pts[0]) : [NaN, NaN])),
    START_GAP,
    START_RING,
  );

  return (
    <div className="contour-plot" ref={wrapRef}>
      <svg
        ref={svgRef}
        viewBox={frame.viewBox}
        role="group"
        aria-label={label}
        onPointerMove={onPointerMove}
        onPointerUp={() => (dragging.current = false)}
        onPointerCancel={() => (dragging.current = false)}
        className={onStartChange ? 'chart contour-svg contour-svg-draggable' : 'chart contour-svg'}
      >
        <defs>
          <clipPath id={clip}>
            <rect x={inner.left} y={inner.top} width={plotW} height={plotH} />
          </clipPath>
        </defs>
        <g role="img" aria-label={label}>
          <rect
            x={inner.left}
            y={inner.top}
            width={plotW}
            height={plotH}
            className="chart-plot-bg contour-bg"
            onPointerDown={onPointerDown}
          />
          <g clipPath={`url(#${clip})`} pointerEvents="none">
            {shapes.map((s, i) => (
              <path key={i} d={s.d} className="contour-level" data-level={String(s.level)} />
            ))}
            {minimum && (
              <text
                x={x(minimum[0])}
                y={y(minimum[1])}
                className="contour-minimum"
                textAnchor="middle"
                dominantBaseline="central"
                data-minimum={`${minimum[0]},${minimum[1]}`}
              >
                ★
              </text>
            )}
            {paths.map((path, n) => {
              const pts = drawn[n] ?? [];
              const every = Math.max(1, Math.ceil(pts.length / 60));
              const [dx, dy] = fan[n] ?? [0, 0];
              const first = pts[0] && toSvg(pts[0]);
              return (
                <g key={path.id} data-path={path.id} data-points={pts.length} style={{ color: path.color }}>
                  {pts.length > 1 && (
                    <path d={drawLine(pts) ?? ''} className="chart-line" strokeDasharray={path.dash} />
                  )}
                  {path.arrows?.map(([from, to], k) => {
                    const a = toSvg(from);
                    const b = toSvg(to);
                    const head = arrowHead(a, b, 6);
                    return (
                      <g key={k} className="contour-arrow" data-arrow={k}>
                        <line x1={a[0]} y1={a[1]} x2={b[0]} y2={b[1]} />
                        {head && <polygon points={head.map((p) => p.join(',')).join(' ')} />}
                      </g>
                    );
                  })}
                  {pts.map((p, k) =>
                    k > 0 && (k % every === 0 || k === pts.length - 1) ? (
                      <SeriesMarker
                        key={k}
                        style={path}
                        x={x(p[0])}
                        y={y(p[1])}
                        area={k === pts.length - 1 ? 90 : 36}
                      />
                    ) : null,
                  )}
                  {first && (dx !== 0 || dy !== 0) && (
                    <line
                      x1={first[0]}
                      y1={first[1]}
                      x2={first[0] + dx}
                      y2={first[1] + dy}
                      className="contour-start-leader"
                    />
                  )}
                  {first && (
                    <SeriesMarker style={path} x={first[0] + dx} y={first[1] + dy} area={pts.length === 1 ? 90 : 48} />
                  )}
                </g>
              );
            })}
          </g>
          <rect x={inner.left} y={inner.top} width={plotW} height={plotH} className="chart-plot-frame" />
          <Axis frame={frame} side="bottom" scale={x} label={axisLabels[0]} />
          <Axis frame={frame} side="left" scale={y} label={axisLabels[1]} />
        </g>
        {start && onStartChange && (
          <g
            className="contour-start"
            role="button"
            tabIndex={0}
            aria-label={props.startLabel ?? `start (${start[0]}, ${start[1]})`}
            data-start={`${start[0]},${start[1]}`}
            transform={`translate(${x(start[0])},${y(start[1])})`}
            onPointerDown={onPointerDown}
            onKeyDown={onKeyDown}
          >
            <circle r={16} className="contour-start-hit" />
            <circle r={8} className="contour-start-dot" />
            <path d="M-4 0H4M0 -4V4" className="contour-start-cross" />
          </g>
        )}
      </svg>
      {legendTitle !== undefined && paths.length > 0 && (
        <Legend title={legendTitle} items={paths.map((path) => ({ id: path.id, label: path.label, style: path }))} />
      )}
    </div>
  );
}
