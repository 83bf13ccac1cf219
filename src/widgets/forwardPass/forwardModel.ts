import { add, matmul, sigmoid, softmax, tensor, type Tensor } from '../../engine';

/** The parameters of the notes' 3-layer network, each stored row-major (W1 is 2×3: W1[i][j] joins xᵢ to neuron j). */
export interface ForwardParams {
  X: number[];
  W1: number[];
  B1: number[];
  W2: number[];
  B2: number[];
  W3: number[];
  B3: number[];
}
export type ParamName = keyof ForwardParams;

/** Shapes: [rows, cols] for matrices, [length] for vectors. */
export const paramShapes: Record<ParamName, readonly number[]> = {
  X: [2],
  W1: [2, 3],
  B1: [3],
  W2: [3, 2],
  B2: [2],
  W3: [2, 2],
  B3: [2],
};
export const paramNames = Object.keys(paramShapes) as ParamName[];

/** The notes' values: X = [1.0, 0.5] and the weights and biases of each layer. */
export const bookParams: ForwardParams = {
  X: [1.0, 0.5],
  W1: [0.1, 0.3, 0.5, 0.2, 0.4, 0.6],
  B1: [0.1, 0.2, 0.3],
  W2: [0.1, 0.4, 0.2, 0.5, 0.3, 0.6],
  B2: [0.1, 0.2],
  W3: [0.1, 0.3, 0.2, 0.4],
  B3: [0.1, 0.2],
};

/** Every signal of the forward pass, named like the diagram's nodes. */
export interface ForwardSignals {
  A1: number[];
  Z1: number[];
  A2: number[];
  Z2: number[];
  /** Output layer with the identity: A3 is the network's raw output. */
  A3: number[];
  /** softmax(A3): A3 turned into probabilities. */
  Y: number[];
}

/** data-var name of one entry: W1_12 is row 1, column 2 of W1; B1_3 is entry 3 of B1; X_1 is X's first entry. */
export function entryName(param: ParamName, index: number): string {
  const shape = paramShapes[param];
  if (shape.length === 1) return `${param}_${index + 1}`;
  const cols = shape[1] ?? 1;
  return `${param}_${Math.floor(index / cols) + 1}${(index % cols) + 1}`;
}

function matrix(values: readonly number[], shape: readonly number[]): Tensor {
  const [rows = 1, cols = 1] = shape;
  return tensor(
    Array.from({ length: rows }, (_, r) => values.slice(r * cols, r * cols + cols)),
    { dtype: 'float64' },
  );
}
const vector = (v: readonly number[]) => tensor([...v], { dtype: 'float64' });

/** A = Z·W + B, layer by layer on the engine: sigmoid in the hidden layers, identity at the output, then softmax. */
export function forward(p: ForwardParams): ForwardSignals {
  const A1 = add(matmul(vector(p.X), matrix(p.W1, paramShapes.W1)), vector(p.B1));
  const Z1 = sigmoid(A1);
  const A2 = add(matmul(Z1, matrix(p.W2, paramShapes.W2)), vector(p.B2));
  const Z2 = sigmoid(A2);
  const A3 = add(matmul(Z2, matrix(p.W3, paramShapes.W3)), vector(p.B3));
  const Y = softmax(A3);
  const list = (t: Tensor) => Array.from(t.data);
  return { A1: list(A1), Z1: list(Z1), A2: list(A2), Z2: list(Z2), A3: list(A3), Y: list(Y) };
}
