/** A point in the plane of two parameters, (x, y). */
export type Point = readonly [number, number];

/** The rectangle a contour plot shows: x from x[0] to x[1], y from y[0] to y[1]. */
export interface Domain {
  x: readonly [number, number];
  y: readonly [number, number];
}

/** f sampled on an nx × ny grid, row-major with y rising by row (the layout d3.contours reads). */
export interface Grid {
  nx: number;
  ny: number;
  values: Float64Array;
  /** Smallest and largest finite sample. */
  min: number;
  max: number;
}

/** Samples f at the centres of nx × ny cells covering the domain; non-finite samples become the largest finite one. */
export function sampleGrid(f: (x: number, y: number) => number, domain: Domain, nx: number, ny: number): Grid {
  const values = new Float64Array(nx * ny);
  const [x0, x1] = domain.x;
  const [y0, y1] = domain.y;
  let min = Infinity;
  let max = -Infinity;
  for (let j = 0; j < ny; j++) {
    const y = y0 + ((j + 0.5) / ny) * (y1 - y0);
    for (let i = 0; i < nx; i++) {
      const v = f(x0 + ((i + 0.5) / nx) * (x1 - x0), y);
      values[i + j * nx] = v;
      if (Number.isFinite(v)) {
        if (v < min) min = v;
        if (v > max) max = v;
      }
    }
  }
  if (!Number.isFinite(min)) {
    min = 0;
    max = 0;
  }
  for (let k = 0; k < values.length; k++) if (!Number.isFinite(values[k] ?? NaN)) values[k] = max;
  return { nx, ny, values, min, max };
}

/**
 * `count` contour levels spaced evenly in log scale between lo and hi (both > 0), so the
 * narrow valley near a minimum gets as many lines as the steep walls. A floor of hi·1e-4
 * stands in for lo when lo ≤ 0 (a minimum of exactly 0).
 */
export function logLevels(lo: number, hi: number, count: number): number[] {
  if (!(hi > 0) || count < 1) return [];
  const low = lo > 0 ? lo : hi * 1e-4;
  if (low >= hi) return [hi];
  const a = Math.log(low);
  const b = Math.log(hi);
  return Array.from({ length: count }, (_, k) => Math.exp(a + ((k + 1) / (count + 1)) * (b - a)));
}

/** Maps grid coordinates (0..nx, 0..ny, as d3.contours returns them) to the domain. */
export function gridToDomain(gx: number, gy: number, grid: Pick<Grid, 'nx' | 'ny'>, domain: Domain): Point {
  return [
    domain.x[0] + (gx / grid.nx) * (domain.x[1] - domain.x[0]),
    domain.y[0] + (gy / grid.ny) * (domain.y[1] - domain.y[0]),
  ];
}

/** Clamps a point into the domain (a dragged or typed start point never leaves the plot). */
export function clampToDomain([x, y]: Point, domain: Domain): Point {
  const clamp = (v: number, [lo, hi]: readonly [number, number]) =>
    Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : (lo + hi) / 2;
  return [clamp(x, domain.x), clamp(y, domain.y)];
}

/** The finite points of a path, in order: a diverging run can end in huge values but never draws NaN. */
export function finitePoints(points: readonly Point[]): Point[] {
  return points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
}

/**
 * An arrowhead for the segment from → to, as three points (tip, left, right) in screen units;
 * undefined when the segment is too short to point anywhere.
 */
export function arrowHead(from: Point, to: Point, size: number): [Point, Point, Point] | undefined {
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  const len = Math.hypot(dx, dy);
  if (!(len > 1e-9)) return undefined;
  const ux = dx / len;
  const uy = dy / len;
  const back: Point = [to[0] - ux * size, to[1] - uy * size];
  return [
    to,
    [back[0] - uy * size * 0.5, back[1] + ux * size * 0.5],
    [back[0] + uy * size * 0.5, back[1] - ux * size * 0.5],
  ];
}
