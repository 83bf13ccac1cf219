import { describe, expect, it } from 'vitest';
import {
  add,
  inputGradients,
  matmul,
  mul,
  noGrad,
  pow,
  softmaxCrossEntropy,
  sum,
  tensor,
  trace,
  type Tensor,
} from '../index';

const f64 = (v: number, label?: string) => tensor(v, { dtype: 'float64', requiresGrad: true, label });

/** The book's buy-apple graph: price = apple · apple_num · tax. */
function buyApple() {
  const apple = f64(100, 'apple');
  const appleNum = f64(2, 'apple_num');
  const tax = f64(1.1, 'tax');
  const applePrice = mul(apple, appleNum, { label: 'apple_price' });
  const price = mul(applePrice, tax, { label: 'price' });
  return { apple, appleNum, tax, applePrice, price };
}

const gradOf = (t: Tensor) => t.grad?.item();
const near = (value: number | undefined, expected: number) =>
  expect(Math.abs((value ?? NaN) - expected)).toBeLessThanOrEqual(1e-12 * Math.abs(expected));

describe('backward', () => {
  it("reproduces the book's buy-apple numbers in float64", () => {
    const { apple, appleNum, tax, price } = buyApple();
    price.backward();
    expect(price.item()).toBe(100 * 2 * 1.1); // 220.00000000000003 in float64
    near(price.item(), 220.00000000000003);
    near(apple.grad?.item(), 2.2);
    near(appleNum.grad?.item(), 110);
    near(tax.grad?.item(), 200);
  });

  it("reproduces the book's buy-apple-orange numbers in float64", () => {
    const [apple, appleNum, orange, orangeNum, tax] = [f64(100), f64(2), f64(150), f64(3), f64(1.1)] as const;
    const price = mul(add(mul(apple, appleNum), mul(orange, orangeNum)), tax);
    price.backward();
    near(price.item(), 715.0000000000001);
    near(appleNum.grad?.item(), 110);
    near(apple.grad?.item(), 2.2);
    near(orange.grad?.item(), 3.3000000000000003);
    near(orangeNum.grad?.item(), 165);
    near(tax.grad?.item(), 650);
  });

  it('adds up gradients where a value fans out to several ops', () => {
    const x = f64(3);
    const y = add(mul(x, x), x); // y = x² + x, dy/dx = 2x + 1
    y.backward();
    expect(x.grad?.item()).toBe(7);
  });

  it('accumulates into leaf grads across backward calls until they are reset', () => {
    const x = f64(2);
    mul(x, 3).backward();
    mul(x, 3).backward();
    expect(x.grad?.item()).toBe(6);
    x.grad = null;
    mul(x, 3).backward();
    expect(gradOf(x)).toBe(3);
  });

  it('throws a clear error for backward() on a non-scalar without a seed', () => {
    const x = tensor([1, 2, 3], { requiresGrad: true });
    expect(() => mul(x, 2).backward()).toThrow(
      /backward: the output has shape \[3\], not a single number; pass a seed/,
    );
  });

  it('throws a clear error when nothing in the graph requires grad', () => {
    expect(() => mul(tensor(2), 3).backward()).toThrow(/backward: nothing this output depends on requires grad/);
  });

  it('uses a given seed as the upstream gradient of a non-scalar output', () => {
    const x = tensor([1, 2, 3], { dtype: 'float64', requiresGrad: true });
    mul(x, 2).backward(tensor([1, 10, 100], { dtype: 'float64' }));
    expect(x.grad?.toArray()).toEqual([2, 20, 200]);
  });

  it('records nothing inside noGrad', () => {
    const x = f64(2);
    const y = noGrad(() => mul(x, 3));
    expect(y.creator).toBeNull();
    expect(y.requiresGrad).toBe(false);
    expect(mul(x, 3).creator?.op).toBe('mul');
  });

  it('handles a graph thousands of ops deep without recursion', () => {
    const x = f64(1);
    let y: Tensor = x;
    for (let i = 0; i < 20000; i++) y = add(y, 1);
    y.backward();
    expect(x.grad?.item()).toBe(1);
    expect(trace(y)).toHaveLength(40001);
  });
});

describe('trace', () => {
  it('lists the buy-apple graph in topological order with labels, inputs in order, values and grads', () => {
    const { apple, appleNum, tax, applePrice, price } = buyApple();
    price.backward();
    const nodes = trace(price);
    expect(nodes.map((n) => n.label)).toEqual(['apple', 'apple_num', 'apple_price', 'tax', 'price']);
    expect(nodes.map((n) => n.op)).toEqual(['leaf', 'leaf', 'mul', 'leaf', 'mul']);
    expect(nodes[2]?.inputs).toEqual([apple.id, appleNum.id]);
    expect(nodes[4]?.inputs).toEqual([applePrice.id, tax.id]);
    expect(nodes[4]?.id).toBe(price.id);
    expect(nodes[4]?.value).toEqual([220.00000000000003]);
    expect(nodes[2]?.grad?.[0]).toBeCloseTo(1.1, 12);
    expect(nodes[0]?.shape).toEqual([]);
    expect(JSON.parse(JSON.stringify(nodes))).toEqual(nodes);
  });

  it('gives every node before its consumers, also for matrices', () => {
    const x = tensor([[1, 2]], { label: 'x' });
    const w = tensor([[1], [2]], { label: 'w', requiresGrad: true });
    const nodes = trace(sum(matmul(x, w, { label: 'y' }), undefined, false, { label: 'L' }));
    const position = new Map(nodes.map((n, i) => [n.id, i]));
    for (const [i, n] of nodes.entries()) for (const input of n.inputs) expect(position.get(input)).toBeLessThan(i);
    expect(nodes.at(-1)?.label).toBe('L');
    expect(nodes.at(-1)?.grad).toBeNull();
  });
});

describe('trace attributes and edge gradients', () => {
  it("gives each op's attributes as plain data: pow's exponent, sum's axes, softmaxCrossEntropy's buffers", () => {
    const x = tensor(
      [
        [1, 2],
        [3, 4],
      ],
      { dtype: 'float64', requiresGrad: true },
    );
    const nodes = trace(softmaxCrossEntropy(sum(pow(x, 3), 0, true), [1]));
    const byOp = new Map(nodes.map((n) => [n.op, n]));
    expect(byOp.get('leaf')?.attrs).toBeNull();
    const p = byOp.get('pow');
    expect(p?.op === 'pow' && p.attrs.p).toBe(3);
    expect(byOp.get('sum')?.attrs).toEqual({ axes: [0], keepDims: true });
    const loss = byOp.get('softmaxCrossEntropy');
    const attrs = loss?.op === 'softmaxCrossEntropy' ? loss.attrs : null;
    expect(Array.isArray(attrs?.probs) && attrs?.labels.data).toEqual([1]);
    expect(JSON.parse(JSON.stringify(nodes))).toEqual(nodes);
  });

  it('leaves edge gradients out unless asked for', () => {
    const { price } = buyApple();
    price.backward();
    expect(trace(price).every((n) => n.inputGrads === null && n.localGrads === null)).toBe(true);
  });

  it("gives what each edge carries back and its local derivative, as the engine's rules compute them", () => {
    const a = f64(2, 'a');
    const b = f64(1, 'b');
    const e = mul(add(a, b, { label: 'c' }), add(b, 1, { label: 'd' }), { label: 'e' }); // e = (a+b)(b+1)
    e.backward(1.5);
    const nodes = new Map(trace(e, { edgeGradients: true }).map((n) => [n.label, n]));
    // ∂e/∂c = d = 2 and ∂e/∂d = c = 3, each times the seed 1.5
    expect(nodes.get('e')?.localGrads).toEqual([[2], [3]]);
    expect(nodes.get('e')?.inputGrads).toEqual([[3], [4.5]]);
    // b's two edges add up to b's gradient: 1.5·2 + 1.5·3
    expect(nodes.get('c')?.inputGrads).toEqual([[3], [3]]);
    expect(nodes.get('d')?.inputGrads?.[0]).toEqual([4.5]);
    expect(nodes.get('b')?.grad).toEqual([7.5]);
    expect(nodes.get('a')?.inputGrads).toEqual([]);
  });
});

describe('inputGradients', () => {
  it("gives what one mul node sends back to each input (the book's local computation), without touching .grad", () => {
    const apple = f64(100, 'apple');
    const num = f64(2, 'apple_num');
    const price = mul(apple, num);
    const [dApple, dNum] = inputGradients(price, tensor(1.1, { dtype: 'float64' }));
    expect(dApple?.item()).toBeCloseTo(2.2, 12);
    expect(dNum?.item()).toBeCloseTo(110, 12);
    expect(apple.grad).toBeNull();
  });
  it('is empty for a leaf', () => {
    expect(inputGradients(f64(3), tensor(1))).toEqual([]);
  });
});
