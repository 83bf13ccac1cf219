import { describe, expect, it } from 'vitest';
import {
  add,
  crossEntropy,
  div,
  exp,
  log,
  matmul,
  max,
  mean,
  mse,
  mul,
  relu,
  reshape,
  sigmoid,
  softmax,
  softmaxCrossEntropy,
  step,
  sum,
  tanh,
  tensor,
  transpose,
} from '../index';

const f64 = (v: Parameters<typeof tensor>[0]) => tensor(v, { dtype: 'float64' });
const closeAll = (actual: ArrayLike<number>, expected: readonly number[], digits = 8) => {
  expect(actual.length).toBe(expected.length);
  expected.forEach((v, i) => expect(actual[i]).toBeCloseTo(v, digits));
};

describe('elementwise ops', () => {
  it('broadcast a row over every row, like numpy', () => {
    expect(
      add(
        f64([
          [1, 2],
          [3, 4],
        ]),
        f64([10, 20]),
      ).toArray(),
    ).toEqual([
      [11, 22],
      [13, 24],
    ]);
    expect(mul(f64([[1], [2]]), f64([1, 10, 100])).toArray()).toEqual([
      [1, 10, 100],
      [2, 20, 200],
    ]);
  });

  it('compute relu, step, sigmoid, tanh, exp and log', () => {
    const x = f64([-1, 0, 2]);
    expect(relu(x).toArray()).toEqual([0, 0, 2]);
    expect(step(x).toArray()).toEqual([0, 0, 1]);
    closeAll(sigmoid(x).data, [1 / (1 + Math.E), 0.5, 1 / (1 + Math.exp(-2))]);
    closeAll(tanh(x).data, [Math.tanh(-1), 0, Math.tanh(2)]);
    closeAll(log(exp(x)).data, [-1, 0, 2]);
  });

  it('promote float32 with float64 to float64', () => {
    expect(add(tensor([1]), f64([2])).dtype).toBe('float64');
    expect(add(tensor([1]), 2).dtype).toBe('float32');
  });

  it('name the op and both shapes when shapes cannot broadcast', () => {
    expect(() => add(f64([1, 2, 3]), f64([1, 2]))).toThrow('add: shapes [3] and [2] cannot be broadcast together');
    expect(() => div(f64([[1, 2, 3]]), f64([1, 2]))).toThrow(/div: shapes \[1,3\] and \[2\]/);
  });
});

describe('reductions', () => {
  const x = f64([
    [1, 5, 3],
    [4, 2, 6],
  ]);
  it('sum, mean and max over all elements or one axis', () => {
    expect(sum(x).item()).toBe(21);
    expect(sum(x, 0).toArray()).toEqual([5, 7, 9]);
    expect(sum(x, -1, true).toArray()).toEqual([[9], [12]]);
    expect(mean(x, 1).toArray()).toEqual([3, 4]);
    expect(max(x, 1).toArray()).toEqual([5, 6]);
    expect(max(x).item()).toBe(6);
  });

  it('reject an axis out of range, naming the op', () => {
    expect(() => sum(x, 2)).toThrow('sum: axis 2 is out of range for a tensor of rank 2');
  });
});

describe('matmul, transpose and reshape', () => {
  it('multiply matrices and name both shapes when they are not aligned', () => {
    expect(
      matmul(
        f64([
          [1, 2],
          [3, 4],
        ]),
        f64([[5], [6]]),
      ).toArray(),
    ).toEqual([[17], [39]]);
    expect(() => matmul(f64([[1, 2, 3]]), f64([[1, 2]]))).toThrow(
      'matmul: shapes [1,3] and [1,2] are not aligned (3 ≠ 1)',
    );
  });

  it('transpose axes and reshape with an inferred size', () => {
    expect(
      transpose(
        f64([
          [1, 2, 3],
          [4, 5, 6],
        ]),
      ).toArray(),
    ).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
    expect(
      transpose(
        f64([
          [
            [1, 2],
            [3, 4],
          ],
        ]),
        [2, 0, 1],
      ).toArray(),
    ).toEqual([[[1, 3]], [[2, 4]]]);
    expect(reshape(f64([1, 2, 3, 4, 5, 6]), [-1, 3]).shape).toEqual([2, 3]);
    expect(() => reshape(f64([1, 2, 3]), [2, 2])).toThrow('reshape: cannot reshape [3] (3 elements) into [2,2]');
  });
});

describe('the forward pass of the 3-layer network in the forward-pass chapter', () => {
  it('gives A1 = [0.3, 0.7, 1.1], Z1, A2, Z2 and A3 = [0.31682708, 0.69627909]', () => {
    const X = f64([1.0, 0.5]);
    const W1 = f64([
      [0.1, 0.3, 0.5],
      [0.2, 0.4, 0.6],
    ]);
    const B1 = f64([0.1, 0.2, 0.3]);
    const W2 = f64([
      [0.1, 0.4],
      [0.2, 0.5],
      [0.3, 0.6],
    ]);
    const B2 = f64([0.1, 0.2]);
    const W3 = f64([
      [0.1, 0.3],
      [0.2, 0.4],
    ]);
    const B3 = f64([0.1, 0.2]);
    const A1 = add(matmul(X, W1), B1);
    const Z1 = sigmoid(A1);
    const A2 = add(matmul(Z1, W2), B2);
    const Z2 = sigmoid(A2);
    const A3 = add(matmul(Z2, W3), B3); // identity output
    closeAll(A1.data, [0.3, 0.7, 1.1], 12);
    closeAll(Z1.data, [0.57444252, 0.66818777, 0.75026011]);
    closeAll(A2.data, [0.51615984, 1.21402696]);
    closeAll(Z2.data, [0.62624937, 0.7710107]);
    closeAll(A3.data, [0.31682708, 0.69627909]);
    // The notes print A3 again under "softmax(A3)"; the softmax of A3 is actually:
    closeAll(softmax(A3).data, [0.40625907, 0.59374093]);
  });
});

describe('numerical stability', () => {
  it('softmax of [1010, 1000, 990] is finite and sums to 1', () => {
    const y = softmax(f64([1010, 1000, 990]));
    expect(Array.from(y.data).every(Number.isFinite)).toBe(true);
    closeAll(y.data, [0.999954600070331, 4.539786860886666e-5, 2.0610600462090336e-9], 12);
  });

  it('crossEntropy of a zero probability is finite thanks to the delta 1e-7', () => {
    const loss = crossEntropy(f64([0, 1, 0]), [0]).item();
    expect(loss).toBeCloseTo(-Math.log(1e-7), 10);
  });

  it('softmaxCrossEntropy stays finite for huge logits', () => {
    expect(softmaxCrossEntropy(f64([[1010, 1000, 990]]), [2]).item()).toBeCloseTo(
      20 + Math.log(1 + Math.exp(-10) + Math.exp(-20)),
      10,
    );
  });

  it('NaN inputs propagate to the outputs instead of throwing', () => {
    const x = f64([1, NaN, 3]);
    for (const y of [relu(x), sigmoid(x), softmax(x), step(x)])
      expect(Array.from(y.data).some(Number.isNaN)).toBe(true);
    expect(sum(x).item()).toBeNaN();
    expect(max(x).item()).toBeNaN();
    expect(softmaxCrossEntropy(x, [0]).item()).toBeNaN();
  });
});

describe('losses', () => {
  it('crossEntropy matches the book: t=(0,0,1,…), y with 0.6 on the answer → 0.5108', () => {
    const t = f64([0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    const y = f64([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0]);
    expect(crossEntropy(y, t).item()).toBeCloseTo(0.510825457099338, 6);
    expect(mse(y, t).item()).toBeCloseTo(0.0975, 12);
  });

  it('softmaxCrossEntropy takes one-hot or index labels and averages over the batch', () => {
    const logits = f64([
      [1, 2, 3],
      [1, 1, 1],
    ]);
    const byIndex = softmaxCrossEntropy(logits, [2, 0]).item();
    const byOneHot = softmaxCrossEntropy(
      logits,
      f64([
        [0, 0, 1],
        [1, 0, 0],
      ]),
    ).item();
    const expected = (-Math.log(Math.exp(3) / (Math.exp(1) + Math.exp(2) + Math.exp(3))) + Math.log(3)) / 2;
    expect(byIndex).toBeCloseTo(expected, 12);
    expect(byOneHot).toBeCloseTo(expected, 12);
    expect(() => softmaxCrossEntropy(logits, [3, 0])).toThrow(
      'softmaxCrossEntropy: label 3 at row 0 is not a class index in 0..2',
    );
  });
});
