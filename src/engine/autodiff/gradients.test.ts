import { describe, expect, it } from 'vitest';
import {
  add,
  createRng,
  crossEntropy,
  div,
  exp,
  log,
  matmul,
  max,
  mean,
  mse,
  mul,
  neg,
  numericalGradient,
  pow,
  randn,
  randu,
  opNames,
  relu,
  reshape,
  sigmoid,
  softmax,
  softmaxCrossEntropy,
  step,
  sub,
  sum,
  tanh,
  trace,
  transpose,
  type OpName,
  type Shape,
  type Tensor,
} from '../index';

const rng = createRng(1234);
const normal = (shape: Shape) => randn(shape, rng, { dtype: 'float64', requiresGrad: true });
/** Values with |x| in [0.5, 2): away from kinks (relu, step) and poles (div, log). */
const awayFromZero = (shape: Shape) => {
  const t = randu(shape, rng, { dtype: 'float64', requiresGrad: true, low: 0.5, high: 2 });
  t.data.forEach((v, i) => (t.data[i] = rng.uniform() < 0.5 ? -v : v));
  return t;
};
const positive = (shape: Shape) => randu(shape, rng, { dtype: 'float64', requiresGrad: true, low: 0.5, high: 2 });

/**
 * Checks backprop against central differences for every input: L = Σ w ⊙ f(inputs) with random
 * weights w, so each output element gets a different upstream gradient.
 */
function expectGradientsMatch(f: (...xs: Tensor[]) => Tensor, inputs: Tensor[]): void {
  const out = f(...inputs);
  const w = randn(out.shape, rng, { dtype: 'float64' });
  const loss = () => sum(mul(f(...inputs), w));
  loss().backward();
  for (const x of inputs) {
    const numeric = numericalGradient(() => loss().item(), x, 1e-5);
    const analytic = x.grad;
    expect(analytic?.shape).toEqual(x.shape);
    numeric.data.forEach((v, i) => expect(analytic?.data[i]).toBeCloseTo(v, 6));
  }
}

const broadcastPairs: [Shape, Shape][] = [
  [
    [2, 3],
    [2, 3],
  ],
  [[2, 3], [3]],
  [
    [4, 1],
    [1, 5],
  ],
  [[], [2, 2]],
  [[3], []],
  [[], []],
  [
    [2, 1, 3],
    [4, 1],
  ],
];
const unaryShapes: Shape[] = [[], [5], [2, 3], [2, 3, 2]];

/** One check of an op's rule: f of fresh inputs, whose graph must contain the op. */
interface GradCase {
  readonly when: string;
  readonly f: (...xs: Tensor[]) => Tensor;
  readonly inputs: () => Tensor[];
}
type Make = (shape: Shape) => Tensor;
const on = (...shapes: Shape[]) => shapes.map((s) => JSON.stringify(s)).join(' and ');
const binary = (f: GradCase['f'], right: Make = normal): GradCase[] =>
  broadcastPairs.map(([sa, sb]) => ({ when: `shapes ${on(sa, sb)}`, f, inputs: () => [normal(sa), right(sb)] }));
const unary = (f: GradCase['f'], input: Make = normal, what = ''): GradCase[] =>
  unaryShapes.map((s) => ({ when: `${what}shape ${on(s)}`, f, inputs: () => [input(s)] }));
const reductions = (f: (x: Tensor, axis?: number | number[], keepDims?: boolean) => Tensor): GradCase[] => [
  ...unary((x) => f(x), normal, 'everything, '),
  ...[0, -1, [0, 2]].flatMap((axis) =>
    [false, true].map((keepDims) => ({
      when: `axis ${JSON.stringify(axis)}, keepDims ${keepDims}`,
      f: (x: Tensor) => f(x, axis, keepDims),
      inputs: () => [normal([2, 3, 4])],
    })),
  ),
];
const oneHotRows = () => {
  const t = randu([3, 4], rng, { dtype: 'float64' });
  t.data.fill(0);
  [1, 0, 3].forEach((c, r) => (t.data[r * 4 + c] = 1));
  return t;
};

/**
 * The gradient checks, one entry per primitive op. It is a Record over OpName, so an op added to
 * autodiff/opAttrs.ts without a gradient test here does not compile.
 */
const gradCases: Record<OpName, readonly GradCase[]> = {
  add: binary(add),
  sub: binary(sub),
  mul: binary(mul),
  div: binary(div, awayFromZero),
  neg: unary(neg),
  exp: unary(exp),
  log: unary(log, positive),
  pow: [2, 3, 0.5, -1].flatMap((p) => unary((x) => pow(x, p), positive, `exponent ${p}, `)),
  relu: unary(relu, awayFromZero),
  sigmoid: unary(sigmoid),
  tanh: unary(tanh),
  // zero almost everywhere
  step: unary(step, awayFromZero),
  // mean is sum / n, so it checks sum's rule too
  sum: [...reductions(sum), ...reductions(mean)],
  max: reductions(max),
  matmul: [
    { when: 'matrices', f: matmul, inputs: () => [normal([3, 4]), normal([4, 2])] },
    { when: 'a row vector on the left', f: matmul, inputs: () => [normal([4]), normal([4, 2])] },
    { when: 'a column vector on the right', f: matmul, inputs: () => [normal([3, 4]), normal([4])] },
  ],
  transpose: [
    { when: 'a matrix', f: (x) => transpose(x), inputs: () => [normal([2, 3])] },
    { when: 'perm [1, 2, 0]', f: (x) => transpose(x, [1, 2, 0]), inputs: () => [normal([2, 3, 4])] },
  ],
  reshape: [{ when: '[2, 6] to [3, -1]', f: (x) => reshape(x, [3, -1]), inputs: () => [normal([2, 6])] }],
  softmax: [
    { when: 'the last axis', f: (x) => softmax(x), inputs: () => [normal([3, 4])] },
    { when: 'the first axis', f: (x) => softmax(x, 0), inputs: () => [normal([3, 4])] },
    { when: 'a vector', f: (x) => softmax(x), inputs: () => [normal([5])] },
  ],
  softmaxCrossEntropy: [
    { when: 'one-hot labels', f: (x) => softmaxCrossEntropy(x, oneHotRows()), inputs: () => [normal([3, 4])] },
    { when: 'index labels', f: (x) => softmaxCrossEntropy(x, [1, 0, 3]), inputs: () => [normal([3, 4])] },
    { when: 'a single row', f: (x) => softmaxCrossEntropy(x, [2]), inputs: () => [normal([4])] },
  ],
};

describe('every primitive gradient matches central differences in float64', () => {
  it('has checks for every op in the gradient table', () => {
    expect(Object.keys(gradCases).sort()).toEqual([...opNames].sort());
    for (const cases of Object.values(gradCases)) expect(cases.length).toBeGreaterThan(0);
  });

  describe.each(opNames)('%s', (op) => {
    it.each(gradCases[op])('$when', ({ f, inputs }) => {
      const xs = inputs();
      expect(trace(f(...xs)).some((n) => n.op === op)).toBe(true);
      expectGradientsMatch(f, xs);
    });
  });

  it('the composed losses crossEntropy and mse', () => {
    expectGradientsMatch((x) => crossEntropy(softmax(x), [1, 0, 3]), [normal([3, 4])]);
    expectGradientsMatch((y, t) => mse(y, t), [normal([3, 4]), normal([3, 4])]);
  });
});
