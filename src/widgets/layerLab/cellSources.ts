// Which input entries produced an output entry: the highlight a reader sees when hovering a result.
// Cells are named "<matrix>:<row>,<col>"; vectors are matrices with one row.

import { cellKey, type CellKey } from '../kit/controls/cellKey';

const row = (name: string, r: number, cols: number): CellKey[] =>
  Array.from({ length: cols }, (_, c) => cellKey(name, r, c));
const column = (name: string, c: number, rows: number): CellKey[] =>
  Array.from({ length: rows }, (_, r) => cellKey(name, r, c));

/** Elementwise layers (ReLU, Sigmoid): y[r,c] comes from x[r,c]; dx[r,c] from dout[r,c] and the remembered y[r,c] (or x for the mask). */
export function activationSources(output: string, r: number, c: number): CellKey[] {
  if (output === 'y') return [cellKey('x', r, c)];
  if (output === 'dx') return [cellKey('dout', r, c), cellKey('x', r, c), cellKey('y', r, c)];
  return [];
}

/** Sizes of the Affine lab: X (n,d), W (d,m), b (m), dY (n,m). */
export interface AffineSizes {
  n: number;
  d: number;
  m: number;
}

/**
 * Y[i,j] = Σₖ X[i,k]·W[k,j] + b[j]; dX[i,k] = Σⱼ dY[i,j]·W[k,j]; dW[k,j] = Σᵢ X[i,k]·dY[i,j]; db[j] = Σᵢ dY[i,j].
 */
export function affineSources(output: string, r: number, c: number, { n, d, m }: AffineSizes): CellKey[] {
  switch (output) {
    case 'Y':
      return [...row('X', r, d), ...column('W', c, d), cellKey('b', 0, c)];
    case 'dX':
      return [...row('dY', r, m), ...row('W', c, m)];
    case 'dW':
      return [...column('X', r, n), ...column('dY', c, n)];
    case 'db':
      return column('dY', c, n);
    default:
      return [];
  }
}

/** Softmax-with-Loss: dx[k] = y[k] − t[k]; the loss reads y and t at every k. */
export function softmaxSources(output: string, _r: number, c: number, k: number): CellKey[] {
  if (output === 'dx') return [cellKey('y', 0, c), cellKey('t', 0, c)];
  if (output === 'loss') return [...row('y', 0, k), ...row('t', 0, k)];
  return [];
}
