import { describe, expect, it } from 'vitest';
import { backwardOrder, backwardView, edgeKey } from './backwardSteps';
import { examples } from './examples';
import { graphModel } from './graphModel';

const model = (v: Record<string, number>) => graphModel(examples['apple-orange'].build(v, false));
const book = { apple: 100, apple_num: 2, orange: 150, orange_num: 3, tax: 1.1 };

describe('backwardOrder', () => {
  it('visits the op nodes from the output back towards the inputs', () => {
    expect(backwardOrder(model(book))).toEqual(['price', 'all_price', 'orange_price', 'apple_price']);
  });
});

describe('backwardView', () => {
  it('knows only the seed at step 0', () => {
    const view = backwardView(model(book), 0);
    expect(view.current).toBe('price');
    expect([...view.nodes]).toEqual(['price']);
    expect(view.edges.size).toBe(0);
  });

  it('reveals the gradients a node sends back once its rule has run', () => {
    const view = backwardView(model(book), 2);
    expect(view.current).toBe('all_price');
    expect(view.edges.has(edgeKey('tax', 'price'))).toBe(true);
    expect(view.edges.has(edgeKey('apple_price', 'all_price'))).toBe(true);
    expect(view.nodes.has('tax')).toBe(true);
    expect(view.nodes.has('apple')).toBe(false);
  });

  it('knows every gradient after the last step, and clamps steps out of range', () => {
    const m = model(book);
    expect(backwardView(m, 99).nodes.size).toBe(m.nodes.length);
    expect(backwardView(m, -3).nodes.size).toBe(1);
  });

  it('completes a fanned-out node only when both of its consumers have run', () => {
    const m = graphModel(examples.shared.build({ a: 2, b: 1 }, false));
    expect(backwardOrder(m)[0]).toBe('e');
    const afterC = backwardView(m, backwardOrder(m).indexOf('c') + 1);
    const afterD = backwardView(m, backwardOrder(m).indexOf('d') + 1);
    expect(afterC.nodes.has('b') && afterD.nodes.has('b')).toBe(false);
    expect(backwardView(m, 3).nodes.has('b')).toBe(true);
  });
});
