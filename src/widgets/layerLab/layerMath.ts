// The layer lab's arithmetic: every number comes from the engine's own layer classes.
// Layers reuse their output buffers, so results are copied out into plain arrays.
import { Affine, Relu, Sigmoid, SoftmaxWithLoss, tensor, type Tensor } from '../../engine';

/** A small row-major matrix as the widget shows it. */
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: readonly number[];
}

export function matrix(rows: number, cols: number, data: readonly number[]): Matrix {
  if (data.length !== rows * cols) throw new Error(`matrix: ${data.length} values do not fill (${rows},${cols})`);
  return { rows, cols, data };
}

const toTensor = (m: Matrix): Tensor => tensor(Float64Array.from(m.data), { shape: [m.rows, m.cols] });
const toMatrix = (t: Tensor, rows: number, cols: number): Matrix => matrix(rows, cols, Array.from(t.data));

export type ActivationKind = 'relu' | 'sigmoid';

/** Forward y = f(x) and backward dx = f'·dout through the engine's Relu or Sigmoid; mask[i] = 1 where ReLU let the gradient through. */
export function runActivation(kind: ActivationKind, x: Matrix, dout: Matrix): { y: Matrix; dx: Matrix; mask: Matrix } {
  const layer = kind === 'relu' ? new Relu() : new Sigmoid();
  const y = toMatrix(layer.forward(toTensor(x)), x.rows, x.cols);
  const dx = toMatrix(layer.backward(toTensor(dout)), x.rows, x.cols);
  return {
    y,
    dx,
    mask: matrix(
      x.rows,
      x.cols,
      x.data.map((v) => (v > 0 ? 1 : 0)),
    ),
  };
}

/** Y = X·W + b and its backward: dX = dY·Wᵀ, dW = Xᵀ·dY, db = Σₙ dY, through the engine's Affine. */
export function runAffine(
  x: Matrix,
  W: Matrix,
  b: readonly number[],
  dY: Matrix,
): { Y: Matrix; dX: Matrix; dW: Matrix; db: Matrix } {
  const layer = new Affine(toTensor(W), tensor(Array.from(b), { dtype: 'float64' }));
  const Y = toMatrix(layer.forward(toTensor(x)), x.rows, W.cols);
  const dX = toMatrix(layer.backward(toTensor(dY)), x.rows, x.cols);
  return { Y, dX, dW: toMatrix(layer.dW, W.rows, W.cols), db: toMatrix(layer.db, 1, W.cols) };
}

/** The probabilities y scaled to sum to 1 (the widget lets a reader type any positive numbers). */
export function normalise(y: readonly number[]): number[] {
  const total = y.reduce((s, v) => s + v, 0);
  return y.map((v) => v / total);
}

/**
 * Softmax-with-Loss for one row whose softmax output should be y: the scores are log y (softmax(log y) = y),
 * the label is the one-hot row for class `target`. Returns loss = −log y_t and dx = (y − t)/1.
 */
export function runSoftmaxWithLoss(
  y: readonly number[],
  target: number,
): { y: number[]; t: number[]; loss: number; dx: number[] } {
  const probs = normalise(y);
  const t = probs.map((_, k) => (k === target ? 1 : 0));
  const layer = new SoftmaxWithLoss();
  const loss = layer.forward(tensor([probs.map(Math.log)], { dtype: 'float64' }), tensor([t], { dtype: 'float64' }));
  return { y: Array.from(layer.y?.data ?? []), t, loss, dx: Array.from(layer.backward(1).data) };
}

/** Half-way from y towards the one-hot answer: y ← (y + t)/2, the way training nudges the output. */
export function nudgeTowardsAnswer(y: readonly number[], target: number): number[] {
  return normalise(y).map((v, k) => Number(((v + (k === target ? 1 : 0)) / 2).toPrecision(12)));
}
