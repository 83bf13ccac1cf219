import { describe, expect, it } from 'vitest';
import { matrix, normalise, nudgeTowardsAnswer, runActivation, runAffine, runSoftmaxWithLoss } from './layerMath';
import { cellKey } from '../kit/controls/cellKey';
import { affineSources, activationSources, softmaxSources } from './cellSources';

describe('runActivation', () => {
  it("ReLU passes dout only where x > 0, as the book's mask does", () => {
    const { y, dx, mask } = runActivation('relu', matrix(2, 2, [1, -0.5, -2, 3]), matrix(2, 2, [5, 6, 7, 8]));
    expect(y.data).toEqual([1, 0, 0, 3]);
    expect(dx.data).toEqual([5, 0, 0, 8]);
    expect(mask.data).toEqual([1, 0, 0, 1]);
  });

  it('Sigmoid backward is dout·y(1 − y), from the output alone', () => {
    const { y, dx } = runActivation('sigmoid', matrix(1, 2, [0, 2]), matrix(1, 2, [1, 2]));
    expect(y.data[0]).toBe(0.5);
    expect(dx.data[0]).toBeCloseTo(0.25, 15);
    const s = 1 / (1 + Math.exp(-2));
    expect(dx.data[1]).toBeCloseTo(2 * s * (1 - s), 15);
  });
});

describe('runAffine', () => {
  it('gives Y = XW + b, dX = dY·Wᵀ, dW = Xᵀ·dY and db summed over the batch', () => {
    const X = matrix(2, 2, [1, 2, 3, 4]);
    const W = matrix(2, 3, [1, 0, -1, 0.5, 1, 2]);
    const dY = matrix(2, 3, [1, 1, 1, 0, 2, -1]);
    const { Y, dX, dW, db } = runAffine(X, W, [0.1, 0.2, 0.3], dY);
    expect(Y.data).toEqual([2.1, 2.2, 3.3, 5.1, 4.2, 5.3]);
    expect(dX.data).toEqual([0, 3.5, 1, 0]);
    expect(dW.data).toEqual([1, 7, -2, 2, 10, -2]);
    expect(db.data).toEqual([1, 3, 0]);
    expect([Y.rows, Y.cols, dW.rows, dW.cols, db.cols]).toEqual([2, 3, 2, 3, 3]);
  });
});

describe('runSoftmaxWithLoss', () => {
  it('sends back (0.3, −0.8, 0.5) for y = (0.3, 0.2, 0.5) and t = (0, 1, 0)', () => {
    const { y, dx, loss, t } = runSoftmaxWithLoss([0.3, 0.2, 0.5], 1);
    [0.3, 0.2, 0.5].forEach((v, i) => expect(y[i]).toBeCloseTo(v, 14));
    [0.3, -0.8, 0.5].forEach((v, i) => expect(dx[i]).toBeCloseTo(v, 14));
    expect(t).toEqual([0, 1, 0]);
    expect(loss).toBeCloseTo(-Math.log(0.2), 14);
  });

  it('normalises typed probabilities and shrinks the error as y moves towards the answer', () => {
    expect(normalise([1, 1, 2])).toEqual([0.25, 0.25, 0.5]);
    const nudged = nudgeTowardsAnswer([0.3, 0.2, 0.5], 1);
    expect(nudged).toEqual([0.15, 0.6, 0.25]);
    const { dx } = runSoftmaxWithLoss(nudged, 1);
    [0.15, -0.4, 0.25].forEach((v, i) => expect(dx[i]).toBeCloseTo(v, 14));
  });
});

describe('cell sources', () => {
  it('an elementwise output comes from the same cell of the input', () => {
    expect(activationSources('y', 1, 2)).toEqual([cellKey('x', 1, 2)]);
  });

  it('Y[i,j] comes from row i of X, column j of W and b[j]', () => {
    expect(affineSources('Y', 1, 2, { n: 2, d: 2, m: 3 })).toEqual(['X:1,0', 'X:1,1', 'W:0,2', 'W:1,2', 'b:0,2']);
  });

  it('dW[k,j] comes from column k of X and column j of dY; db[j] from column j of dY', () => {
    expect(affineSources('dW', 0, 1, { n: 2, d: 2, m: 3 })).toEqual(['X:0,0', 'X:1,0', 'dY:0,1', 'dY:1,1']);
    expect(affineSources('db', 0, 2, { n: 2, d: 2, m: 3 })).toEqual(['dY:0,2', 'dY:1,2']);
  });

  it('dX[i,k] comes from row i of dY and row k of W', () => {
    expect(affineSources('dX', 1, 0, { n: 2, d: 2, m: 3 })).toEqual([
      'dY:1,0',
      'dY:1,1',
      'dY:1,2',
      'W:0,0',
      'W:0,1',
      'W:0,2',
    ]);
  });

  it('the softmax error at k reads y[k] and t[k]', () => {
    expect(softmaxSources('dx', 0, 1, 3)).toEqual(['y:0,1', 't:0,1']);
  });
});
