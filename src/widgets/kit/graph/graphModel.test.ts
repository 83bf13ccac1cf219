import { describe, expect, it } from 'vitest';
import { examples, exampleNames } from './examples';
import { graphModel } from './graphModel';

const byName = (m: ReturnType<typeof graphModel>) => new Map(m.nodes.map((n) => [n.name, n]));
const defaults = (name: keyof typeof examples) => Object.fromEntries(examples[name].vars.map((v) => [v.name, v.value]));

describe('graphModel', () => {
  it("names problem 1's nodes as the book's code does, with float64 values and gradients", () => {
    const nodes = byName(graphModel(examples.apple.build(defaults('apple'), false)));
    expect([...nodes.keys()].sort()).toEqual(['apple', 'apple_num', 'apple_price', 'price', 'tax']);
    expect(nodes.get('price')?.value).toBe(220.00000000000003);
    expect(nodes.get('apple')?.grad).toBeCloseTo(2.2, 12);
    expect(nodes.get('apple_num')?.grad).toBeCloseTo(110, 10);
    expect(nodes.get('tax')?.grad).toBe(200);
    expect(nodes.get('price')?.symbol).toBe('×');
  });

  it('gives problem 2 the gradients 2.2, 110, 3.3, 165 and 650', () => {
    const nodes = byName(graphModel(examples['apple-orange'].build(defaults('apple-orange'), false)));
    expect(nodes.get('price')?.value).toBeCloseTo(715, 10);
    expect(nodes.get('orange')?.grad).toBeCloseTo(3.3, 12);
    expect(nodes.get('orange_num')?.grad).toBeCloseTo(165, 10);
    expect(nodes.get('tax')?.grad).toBeCloseTo(650, 10);
    expect(nodes.get('all_price')?.symbol).toBe('+');
  });

  it('splits the gradient of a value used twice over its two edges: e = (a+b)(b+1) at a=2, b=1', () => {
    const m = graphModel(examples.shared.build({ a: 2, b: 1 }, false));
    const nodes = byName(m);
    expect(nodes.get('e')?.value).toBe(6);
    expect(nodes.get('a')?.grad).toBe(2);
    expect(nodes.get('b')?.grad).toBe(5);
    expect(nodes.get('d')?.symbol).toBe('+1');
    const fromB = m.edges.filter((e) => e.from === 'b').map((e) => [e.to, e.grad]);
    expect(fromB).toEqual([
      ['c', 2],
      ['d', 3],
    ]);
  });

  it('folds constants into symbols and starts from the given upstream gradient', () => {
    const m = graphModel(examples.sigmoid.build({ x: 0.5 }, false), 1);
    expect(m.nodes.map((n) => n.symbol)).toEqual(['', '×−1', 'exp', '+1', '1/']);
    const collapsed = graphModel(examples.sigmoid.build({ x: 0.5 }, true), 2);
    const y = 1 / (1 + Math.exp(-0.5));
    expect(byName(collapsed).get('x')?.grad).toBeCloseTo(2 * y * (1 - y), 12);
    expect(byName(collapsed).get('y')?.grad).toBe(2);
  });

  it('uses the upstream gradient 1.3 for the lone mul node: swap the inputs', () => {
    const nodes = byName(graphModel(examples.mul.build({ x: 10, y: 5 }, false), 1.3));
    expect(nodes.get('x')?.grad).toBeCloseTo(6.5, 12);
    expect(nodes.get('y')?.grad).toBeCloseTo(13, 12);
  });

  it('builds every example with finite numbers at the book values', () => {
    for (const name of exampleNames) {
      const m = graphModel(examples[name].build(defaults(name), false));
      for (const n of m.nodes) expect(Number.isFinite(n.value) && Number.isFinite(n.grad)).toBe(true);
    }
  });
});

describe('opSymbol through graphModel', () => {
  it('writes adding a negative constant as a subtraction: "−0.2", not "+−0.2"', async () => {
    const { add, tensor } = await import('../../../engine');
    const x = tensor(1, { dtype: 'float64', requiresGrad: true, label: 'x' });
    expect(graphModel(add(x, -0.2, { label: 'a' })).nodes.at(-1)?.symbol).toBe('−0.2');
  });
});
