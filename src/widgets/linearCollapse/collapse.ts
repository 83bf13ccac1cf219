import { mul, relu, tensor, type Tensor } from '../../engine';

/** The hidden "activation" each of the three layers applies: h(x) = c·x, or ReLU. */
export type CollapseMode = 'linear' | 'relu';
export const collapseModes: readonly CollapseMode[] = ['linear', 'relu'];

/** h as an engine op on a tensor of inputs. */
export function layerOp(mode: CollapseMode, c: number): (x: Tensor) => Tensor {
  return mode === 'linear' ? (x) => mul(x, c) : (x) => relu(x);
}

/** Applies h three times to each input: the values after each layer, [h(x), h(h(x)), h(h(h(x)))], one array per layer. */
export function stackOfThree(mode: CollapseMode, c: number, xs: readonly number[]): [number[], number[], number[]] {
  const h = layerOp(mode, c);
  const l1 = h(tensor([...xs], { dtype: 'float64' }));
  const l2 = h(l1);
  const l3 = h(l2);
  return [Array.from(l1.data), Array.from(l2.data), Array.from(l3.data)];
}

/** The one-layer equivalent of three linear layers: y = c³·x. */
export function oneLayer(c: number, xs: readonly number[]): number[] {
  return Array.from(mul(tensor([...xs], { dtype: 'float64' }), c * c * c).data);
}

/** One side of a linearity check, with both numbers and whether they agree (to rounding). */
export interface LinearityCheck {
  lhs: number;
  rhs: number;
  holds: boolean;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const f1 = (h: (x: Tensor) => Tensor, v: number) => h(tensor([v], { dtype: 'float64' })).data[0] ?? Number.NaN;

/** Homogeneity f(k·x) = k·f(x) for one k and x. */
export function homogeneity(mode: CollapseMode, c: number, k: number, x: number): LinearityCheck {
  const h = layerOp(mode, c);
  const lhs = f1(h, k * x);
  const rhs = k * f1(h, x);
  return { lhs, rhs, holds: close(lhs, rhs) };
}

/** Additivity f(x1 + x2) = f(x1) + f(x2) for one pair. */
export function additivity(mode: CollapseMode, c: number, x1: number, x2: number): LinearityCheck {
  const h = layerOp(mode, c);
  const lhs = f1(h, x1 + x2);
  const rhs = f1(h, x1) + f1(h, x2);
  return { lhs, rhs, holds: close(lhs, rhs) };
}
