import { matmul, tensor } from '../../engine';

/** A matrix stored row-major with its shape, as the widget keeps it. */
export interface Grid {
  rows: number;
  cols: number;
  values: readonly number[];
}

/** The entry at (r, c), 0 where the stored list is short (e.g. a hand-edited link). */
export function at(g: Grid, r: number, c: number): number {
  return g.values[r * g.cols + c] ?? 0;
}

/** The grid at a new shape, keeping every entry that still fits and filling new ones with 0. */
export function resize(g: Grid, rows: number, cols: number): Grid {
  const values = Array.from({ length: rows * cols }, (_, i) =>
    Math.floor(i / cols) < g.rows && i % cols < g.cols ? at(g, Math.floor(i / cols), i % cols) : 0,
  );
  return { rows, cols, values };
}

export type Product = { ok: true; y: number[] } | { ok: false; xLength: number; wRows: number };

/** X (n,)·W (r, m) → Y (m,) by the engine, or why it cannot be formed (n ≠ r). */
export function multiply(x: readonly number[], w: Grid): Product {
  if (x.length !== w.rows) return { ok: false, xLength: x.length, wRows: w.rows };
  const W = tensor(
    Array.from({ length: w.rows }, (_, r) => Array.from({ length: w.cols }, (_, c) => at(w, r, c))),
    { dtype: 'float64' },
  );
  return { ok: true, y: Array.from(matmul(tensor([...x], { dtype: 'float64' }), W).data) };
}
