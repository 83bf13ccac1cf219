import { describe, expect, it } from 'vitest';
import { examples } from './examples';
import { graphModel } from './graphModel';
import { nodeFormula, shownNumber } from './nodeFormula';

describe('nodeFormula', () => {
  it('writes each node the way the book would: infix for + − × /, a function call otherwise', () => {
    const shared = graphModel(examples.shared.build({ a: 2, b: 1 }, false));
    expect(shared.nodes.map(nodeFormula)).toEqual(['a', 'b', 'c = a + b', 'd = b + 1', 'e = c × d']);
    const sig = graphModel(examples.sigmoid.build({ x: 1 }, false));
    expect(sig.nodes.map(nodeFormula).slice(1)).toEqual([
      'minus_x = x × -1',
      'exp_minus_x = exp(minus_x)',
      'denominator = exp_minus_x + 1',
      'y = 1 / denominator',
    ]);
    const chain = graphModel(examples.chain.build({ x: 1, y: 2 }, false));
    expect(nodeFormula(chain.nodes.at(-1)!)).toBe('z = t**2');
  });
});

describe('shownNumber', () => {
  it('rounds to 6 significant digits and never shows NaN', () => {
    expect(shownNumber(220.00000000000003, '?')).toBe('220');
    expect(shownNumber(Number.NaN, 'undefined')).toBe('undefined');
    expect(shownNumber(-Infinity, 'undefined')).toBe('undefined');
  });
});
