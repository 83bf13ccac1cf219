import { describe, expect, it } from 'vitest';
import { examples } from '../kit/graph/examples';
import { forwardPasses } from './forwardMode';
import { graphModel } from '../kit/graph/graphModel';

describe('forwardPasses', () => {
  it('needs one pass per input for e = (a+b)(b+1), and each gives one derivative: 2 and 5 at a=2, b=1', () => {
    const passes = forwardPasses(graphModel(examples.shared.build({ a: 2, b: 1 }, false)));
    expect(passes.map((p) => p.input)).toEqual(['a', 'b']);
    expect(passes.map((p) => p.result)).toEqual([2, 5]);
    expect(passes[1]?.tangents.get('c')).toBe(1);
    expect(passes[1]?.tangents.get('d')).toBe(1);
  });

  it('agrees with the reverse pass on every input of problem 2', () => {
    const m = graphModel(
      examples['apple-orange'].build({ apple: 120, apple_num: 3, orange: 90, orange_num: 4, tax: 1.25 }, false),
    );
    for (const pass of forwardPasses(m)) {
      expect(pass.result).toBeCloseTo(m.nodes.find((n) => n.name === pass.input)?.grad ?? NaN, 9);
    }
  });
});
