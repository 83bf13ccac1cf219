/** A point in the input plane (x1, x2). */
export type Point = readonly [number, number];

/**
 * The part of the box [lo, hi]² where w1·x1 + w2·x2 + b > 0, as a polygon
 * (one pass of Sutherland–Hodgman clipping against a single half-plane).
 * Empty when the neuron never fires inside the box.
 */
export function firingRegion(w1: number, w2: number, b: number, lo: number, hi: number): Point[] {
  const box: Point[] = [
    [lo, lo],
    [hi, lo],
    [hi, hi],
    [lo, hi],
  ];
  const f = ([x1, x2]: Point) => w1 * x1 + w2 * x2 + b;
  const out: Point[] = [];
  box.forEach((p, i) => {
    const q = box[(i + 1) % box.length] as Point;
    const fp = f(p);
    const fq = f(q);
    if (fp > 0) out.push(p);
    if (fp > 0 !== fq > 0) {
      const t = fp / (fp - fq);
      out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
    }
  });
  return out;
}

/** Where the line w1·x1 + w2·x2 + b = 0 crosses the box, as a segment; undefined when it misses or w = 0. */
export function decisionSegment(w1: number, w2: number, b: number, lo: number, hi: number): [Point, Point] | undefined {
  if (w1 === 0 && w2 === 0) return undefined;
  const region = firingRegion(w1, w2, b, lo, hi);
  const onLine = region.filter(
    ([x1, x2]) => Math.abs(w1 * x1 + w2 * x2 + b) < 1e-9 * (Math.abs(w1) + Math.abs(w2) + Math.abs(b) + 1),
  );
  if (onLine.length < 2) return undefined;
  return [onLine[0] as Point, onLine[onLine.length - 1] as Point];
}
