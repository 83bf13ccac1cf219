import { describe, expect, it } from 'vitest';
import { buildExpression } from './buildExpression';
import { graphModel } from '../kit/graph/graphModel';
import { parseExpression } from './parseExpression';

const parsed = (text: string) => {
  const r = parseExpression(text);
  if (!r.ok) throw new Error(`did not parse: ${text}`);
  return r;
};

describe('parseExpression', () => {
  it('reads (x+y)^2 and sigmoid(w*x+b), listing variables in order of appearance', () => {
    expect(parsed('(x+y)^2').variables).toEqual(['x', 'y']);
    expect(parsed('sigmoid(w*x+b)').variables).toEqual(['w', 'x', 'b']);
    expect(parsed('x ** 2 × y − 3 ÷ z').variables).toEqual(['x', 'y', 'z']);
  });

  it('gives × and / precedence over + and −, and binds ^ tighter than unary minus', () => {
    const m = graphModel(buildExpression(parsed('1 + 2*x - -x^2').expr, { x: 3 }));
    expect(m.nodes.at(-1)?.value).toBe(1 + 2 * 3 + 9);
  });

  it('names the position and what was expected, and never throws', () => {
    expect(parseExpression('(x+y')).toEqual({ ok: false, error: { position: 5, expected: "')'", found: 'the end' } });
    expect(parseExpression('x + * y')).toMatchObject({
      ok: false,
      error: { position: 5, expected: "a number, a variable name or '('" },
    });
    expect(parseExpression('x $ y')).toMatchObject({ ok: false, error: { position: 3, found: '$' } });
    expect(parseExpression('x^y')).toMatchObject({
      ok: false,
      error: { position: 3, expected: 'a number as the exponent' },
    });
    expect(parseExpression('exp x')).toMatchObject({ ok: false, error: { expected: "'(' after exp" } });
    expect(parseExpression('x y')).toMatchObject({ ok: false, error: { position: 3 } });
    expect(parseExpression('')).toMatchObject({ ok: false, error: { position: 1 } });
    expect(parseExpression('2*3')).toMatchObject({ ok: false, error: { expected: 'at least one variable name' } });
    expect(parseExpression('x'.repeat(201)).ok).toBe(false);
    expect(parseExpression('('.repeat(199) + 'x').ok).toBe(false);
  });

  it('builds a graph whose gradients match the calculus: d/dx of x·x + x is 2x + 1', () => {
    const m = graphModel(buildExpression(parsed('x*x + x').expr, { x: 3 }));
    expect(m.nodes.filter((n) => n.name === 'x')).toHaveLength(1);
    expect(m.nodes.find((n) => n.name === 'x')?.grad).toBe(7);
  });

  it('differentiates the functions: tanh, relu, log and sigmoid', () => {
    const grad = (text: string, x: number) =>
      graphModel(buildExpression(parsed(text).expr, { x })).nodes.find((n) => n.name === 'x')?.grad;
    expect(grad('tanh(x)', 0.3)).toBeCloseTo(1 - Math.tanh(0.3) ** 2, 12);
    expect(grad('relu(x)', -1)).toBe(0);
    expect(grad('log(x)', 4)).toBeCloseTo(0.25, 12);
    const s = 1 / (1 + Math.exp(-2));
    expect(grad('sigmoid(x)', 2)).toBeCloseTo(s * (1 - s), 12);
  });
});
