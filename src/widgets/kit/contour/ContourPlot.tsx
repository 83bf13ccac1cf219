import { contours, geoPath, geoTransform, line, scaleLinear, symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, type SymbolType } from 'd3';
import { useId, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { arrowHead, clampToDomain, finitePoints, gridToDomain, logLevels, sampleGrid, type Domain, type Point } from './contourGrid';
import { chartUnits, useElementWidth } from '../chart/useElementWidth';
import './contourPlot.css';

export type { Domain, Point } from './contourGrid';

/** Marker shapes: with the dash style, they tell paths apart without relying on colour. */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star';

const symbols: Record<MarkerShape, SymbolType> = {
  circle: symbolCircle, square: symbolSquare, triangle: symbolTriangle, diamond: symbolDiamond, cross: symbolCross, star: symbolStar,
};

/** One path over the surface: an optimizer's steps, say. */
export interface ContourPath {
  id: string;
  label: string;
  points: readonly Point[];
  /** Any CSS colour; use the theme's variables, e.g. 'var(--accent)'. */
  color: string;
  marker: MarkerShape;
  /** SVG stroke-dasharray, e.g. '6 4'; solid when omitted. */
  dash?: string;
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

const PAD = { left: 38, right: 10, top: 10, bottom: 34 };
/** Width before the first layout; then the plot draws at its real width (in chartUnits), so ticks keep the page's scale. */
const FALLBACK_W = 440;

/**
 * A d3 contour map of f with paths, gradient arrows, a legend and an optional draggable start point.
 * It fills its container's width; the height follows the domain so both axes share one scale.
 */
export function ContourPlot(props: ContourPlotProps) {
  const { f, domain, paths, label, levelCount = 12, resolution = 80, minimum, start, onStartChange, axisLabels = ['x', 'y'], legendTitle } = props;
  const [wrapRef, measured] = useElementWidth<HTMLDivElement>(FALLBACK_W);
  const width = Math.max(240, Math.round(chartUnits(measured)));
  const id = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  const dragging = useRef(false);
  const xSpan = domain.x[1] - domain.x[0];
  const ySpan = domain.y[1] - domain.y[0];
  const plotW = width - PAD.left - PAD.right;
  const plotH = Math.round(plotW * (ySpan / xSpan));
  const height = plotH + PAD.top + PAD.bottom;
  const x = scaleLinear().domain(domain.x).range([PAD.left, PAD.left + plotW]);
  const y = scaleLinear().domain(domain.y).range([PAD.top + plotH, PAD.top]);
  const step = props.startStep ?? xSpan / 40;

  const shapes = useMemo(() => {
    const nx = resolution;
    const ny = Math.max(8, Math.round(resolution * (ySpan / xSpan)));
    const grid = sampleGrid(f, domain, nx, ny);
    const thresholds = props.levels ? [...props.levels] : logLevels(grid.min, grid.max, levelCount);
    const sx = scaleLinear().domain(domain.x).range([PAD.left, PAD.left + plotW]);
    const sy = scaleLinear().domain(domain.y).range([PAD.top + plotH, PAD.top]);
    const projection = geoTransform({
      point(gx, gy) {
        const [px, py] = gridToDomain(gx, gy, grid, domain);
        this.stream.point(sx(px), sy(py));
      },
    });
    const draw = geoPath(projection);
    return contours().size([nx, ny]).thresholds(thresholds)([...grid.values]).map((c) => ({ level: c.value, d: draw(c) ?? '' }));
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
    const moves: Record<string, Point> = { ArrowLeft: [-d, 0], ArrowRight: [d, 0], ArrowUp: [0, d], ArrowDown: [0, -d] };
    const m = moves[e.key];
    if (!m) return;
    e.preventDefault();
    onStartChange(clampToDomain([start[0] + m[0], start[1] + m[1]], domain));
  }

  const toSvg = ([a, b]: Point): [number, number] => [x(a), y(b)];
  const drawLine = line<Point>().x((p) => x(p[0])).y((p) => y(p[1]));
  const clip = `${id}-clip`;

  return (
    <div className="contour-plot" ref={wrapRef}>
      <svg
        ref={svgRef}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={label}
        onPointerMove={onPointerMove}
        onPointerUp={() => (dragging.current = false)}
        onPointerCancel={() => (dragging.current = false)}
        className={onStartChange ? 'contour-svg contour-svg-draggable' : 'contour-svg'}
      >
        <defs>
          <clipPath id={clip}>
            <rect x={PAD.left} y={PAD.top} width={plotW} height={plotH} />
          </clipPath>
        </defs>
        <g role="img" aria-label={label}>
          <rect x={PAD.left} y={PAD.top} width={plotW} height={plotH} className="contour-bg" onPointerDown={onPointerDown} />
          <g clipPath={`url(#${clip})`} pointerEvents="none">
            {shapes.map((s, i) => (
              <path key={i} d={s.d} className="contour-level" data-level={String(s.level)} fillOpacity={0.035} />
            ))}
            {minimum && (
              <text x={x(minimum[0])} y={y(minimum[1])} className="contour-minimum" textAnchor="middle" dominantBaseline="central" data-minimum={`${minimum[0]},${minimum[1]}`}>★</text>
            )}
            {paths.map((path) => {
              const pts = finitePoints(path.points);
              const every = Math.max(1, Math.ceil(pts.length / 60));
              return (
                <g key={path.id} data-path={path.id} data-points={pts.length} style={{ color: path.color }}>
                  {pts.length > 1 && <path d={drawLine(pts) ?? ''} className="contour-path" strokeDasharray={path.dash} />}
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
                    k % every === 0 || k === pts.length - 1 ? (
                      <path key={k} d={symbol(symbols[path.marker], k === pts.length - 1 ? 90 : 36)() ?? ''} transform={`translate(${x(p[0])},${y(p[1])})`} className="contour-marker" />
                    ) : null,
                  )}
                </g>
              );
            })}
          </g>
          <rect x={PAD.left} y={PAD.top} width={plotW} height={plotH} className="contour-frame" />
          {x.ticks(6).map((v) => (
            <text key={`x${v}`} x={x(v)} y={PAD.top + plotH + 15} textAnchor="middle" className="contour-tick">{v}</text>
          ))}
          {y.ticks(Math.max(3, Math.round(6 * (plotH / plotW)))).map((v) => (
            <text key={`y${v}`} x={PAD.left - 5} y={y(v) + 4} textAnchor="end" className="contour-tick">{v}</text>
          ))}
          <text x={PAD.left + plotW} y={height - 3} textAnchor="end" className="contour-axis">{axisLabels[0]}</text>
          <text x={PAD.left + 4} y={PAD.top + 13} className="contour-axis">{axisLabels[1]}</text>
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
        <ul className="contour-legend" aria-label={legendTitle}>
          {paths.map((path) => (
            <li key={path.id} data-legend={path.id}>
              <svg viewBox="0 0 40 14" width="40" height="14" aria-hidden="true" style={{ color: path.color }}>
                <line x1="2" y1="7" x2="38" y2="7" className="contour-path" strokeDasharray={path.dash} />
                <path d={symbol(symbols[path.marker], 40)() ?? ''} transform="translate(20,7)" className="contour-marker" />
              </svg>
              {path.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
