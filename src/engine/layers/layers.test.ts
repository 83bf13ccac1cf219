import { describe, expect, it } from 'vitest';
import {
  add,
  AddLayer,
  Affine,
  createRng,
  log,
  matmul,
  MulLayer,
  numericalGradient,
  randn,
  Relu,
  Sigmoid,
  SoftmaxWithLoss,
  softmaxCrossEntropy,
  sum,
  tensor,
  type Tensor,
} from '../index';

const f64 = (v: Parameters<typeof tensor>[0], requiresGrad = false) => tensor(v, { dtype: 'float64', requiresGrad });

describe('MulLayer and AddLayer', () => {
  it("reproduce buy-apple exactly as the book's code calls them", () => {
    const [apple, appleNum, tax] = [100, 2, 1.1];
    const mulAppleLayer = new MulLayer();
    const mulTaxLayer = new MulLayer();
    const applePrice = mulAppleLayer.forward(apple, appleNum);
    const price = mulTaxLayer.forward(applePrice, tax);
    const [dApplePrice, dTax] = mulTaxLayer.backward(1);
    const [dApple, dAppleNum] = mulAppleLayer.backward(dApplePrice);
    expect(price.item()).toBeCloseTo(220, 12);
    expect(dApple.item()).toBeCloseTo(2.2, 12);
    expect(dAppleNum.item()).toBeCloseTo(110, 12);
    expect(dTax.item()).toBeCloseTo(200, 12);
  });

  it('reproduce buy-apple-orange: 715, 110, 2.2, 3.3, 165, 650', () => {
    const [mulApple, mulOrange, addAppleOrange, mulTax] = [
      new MulLayer(),
      new MulLayer(),
      new AddLayer(),
      new MulLayer(),
    ];
    const allPrice = addAppleOrange.forward(mulApple.forward(100, 2), mulOrange.forward(150, 3));
    const price = mulTax.forward(allPrice, 1.1);
    const [dAllPrice, dTax] = mulTax.backward(1);
    const [dApplePrice, dOrangePrice] = addAppleOrange.backward(dAllPrice);
    const [dOrange, dOrangeNum] = mulOrange.backward(dOrangePrice);
    const [dApple, dAppleNum] = mulApple.backward(dApplePrice);
    expect(price.item()).toBeCloseTo(715.0000000000001, 12);
    expect(dAppleNum.item()).toBeCloseTo(110, 12);
    expect(dApple.item()).toBeCloseTo(2.2, 12);
    expect(dOrange.item()).toBeCloseTo(3.3000000000000003, 12);
    expect(dOrangeNum.item()).toBeCloseTo(165, 12);
    expect(dTax.item()).toBeCloseTo(650, 12);
  });

  it('complain when backward comes before forward', () => {
    expect(() => new MulLayer().backward(1)).toThrow('MulLayer.backward: call forward first');
  });
});

describe('Relu and Sigmoid', () => {
  it("Relu zeroes the gradient where the input was ≤ 0 (the book's mask)", () => {
    const relu = new Relu();
    expect(
      relu
        .forward(
          f64([
            [1.0, -0.5],
            [-2.0, 3.0],
          ]),
        )
        .toArray(),
    ).toEqual([
      [1, 0],
      [0, 3],
    ]);
    expect(
      relu
        .backward(
          f64([
            [5, 6],
            [7, 8],
          ]),
        )
        .toArray(),
    ).toEqual([
      [5, 0],
      [0, 8],
    ]);
  });

  it('Sigmoid backward is dout·(1 − y)·y, matching central differences', () => {
    const x = f64([-2, 0, 0.5, 3]);
    const layer = new Sigmoid();
    layer.forward(x);
    const dx = layer.backward(f64([1, 1, 1, 1]));
    const numeric = numericalGradient((v) => sum(new Sigmoid().forward(v)).item(), x);
    numeric.data.forEach((g, i) => expect(dx.data[i]).toBeCloseTo(g, 8));
  });
});

describe('Affine', () => {
  it('gives dX = dY·Wᵀ, dW = Xᵀ·dY and db = Σ dY, the same as autodiff through matmul and add', () => {
    const rng = createRng(7);
    const x = randn([4, 3], rng, { dtype: 'float64', requiresGrad: true });
    const W = randn([3, 2], rng, { dtype: 'float64', requiresGrad: true });
    const b = randn([2], rng, { dtype: 'float64', requiresGrad: true });
    const dY = randn([4, 2], rng, { dtype: 'float64' });
    const affine = new Affine(W, b);
    const y = affine.forward(x);
    const dx = affine.backward(dY);
    const reference = add(matmul(x, W), b);
    reference.backward(dY);
    const same = (a: Tensor, r: Tensor | null) =>
      a.data.forEach((v, i) => expect(v).toBeCloseTo(r?.data[i] ?? NaN, 12));
    same(y, reference);
    same(dx, x.grad);
    same(affine.dW, W.grad);
    same(affine.db, b.grad);
  });

  it('reuses its output buffer for the next batch of the same size', () => {
    const affine = new Affine(f64([[1], [2]]), f64([0]));
    const first = affine.forward(f64([[1, 1]]));
    expect(affine.forward(f64([[2, 2]]))).toBe(first);
    expect(first.toArray()).toEqual([[6]]);
  });

  it('names both shapes when the input does not fit W', () => {
    expect(() => new Affine(f64([[1], [2]]), f64([0])).forward(f64([[1, 2, 3]]))).toThrow(
      'Affine: input [1,3] does not fit W [2,1]',
    );
  });
});

describe('SoftmaxWithLoss', () => {
  it('sends back (y − t)/N = (0.3, −0.8, 0.5) for y = (0.3, 0.2, 0.5) and t = (0, 1, 0)', () => {
    const layer = new SoftmaxWithLoss();
    const logits = log(f64([0.3, 0.2, 0.5])); // softmax(log y) = y
    const loss = layer.forward(logits, f64([0, 1, 0]));
    expect(loss).toBeCloseTo(-Math.log(0.2), 12);
    const dx = layer.backward();
    [0.3, -0.8, 0.5].forEach((v, i) => expect(dx.data[i]).toBeCloseTo(v, 12));
  });

  it('accepts integer labels and divides by the batch size', () => {
    const x = f64([
      [1, 2, 3],
      [3, 2, 1],
    ]);
    const byIndex = new SoftmaxWithLoss();
    const byOneHot = new SoftmaxWithLoss();
    expect(byIndex.forward(x, [0, 2])).toBeCloseTo(
      byOneHot.forward(
        x,
        f64([
          [1, 0, 0],
          [0, 0, 1],
        ]),
      ),
      12,
    );
    const a = byIndex.backward();
    const b = byOneHot.backward();
    a.data.forEach((v, i) => expect(v).toBeCloseTo(b.data[i] ?? NaN, 12));
    expect(a.data[0]).toBeCloseTo(((byIndex.y?.data[0] ?? 0) - 1) / 2, 12);
  });

  it('matches autodiff through softmaxCrossEntropy, scaled by dout', () => {
    const layer = new SoftmaxWithLoss();
    layer.forward(f64([[0.5, -1, 2]]), [1]);
    const dx = layer.backward(2);
    const logits = f64([[0.5, -1, 2]], true);
    softmaxCrossEntropy(logits, [1]).backward(2);
    dx.data.forEach((v, i) => expect(v).toBeCloseTo(logits.grad?.data[i] ?? NaN, 12));
  });
});
