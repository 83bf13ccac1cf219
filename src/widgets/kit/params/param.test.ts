import { describe, expect, it } from 'vitest';
import { param, withRange } from './param';
import { resolveSchema } from './resolveSchema';

const weight = param.number({ min: -2, max: 2, step: 0.1, fine: 0.01, book: 0.5, label: { tex: 'w_1' } });

describe('param.number', () => {
  it('derives its URL codec from the declared range: clamps into it, refuses what is not a number', () => {
    expect(weight.codec.parse('1.25')).toBe(1.25);
    expect(weight.codec.parse('99')).toBe(2);
    expect(weight.codec.parse('-1e9')).toBe(-2);
    for (const bad of ['NaN', 'Infinity', '1e400', 'abc', '', '0x10']) expect(weight.codec.parse(bad)).toBeUndefined();
    expect(weight.codec.format(-0.7)).toBe('-0.7');
  });

  it('keeps the declaration as written', () => {
    expect(weight).toMatchObject({ kind: 'number', min: -2, max: 2, step: 0.1, fine: 0.01, book: 0.5, integer: false });
  });

  it('refuses a declaration whose book value lies outside its range, or whose range is empty', () => {
    expect(() => param.number({ min: 0, max: 1, step: 0.1, book: 2, label: { tex: 'x' } })).toThrow(/outside/);
    expect(() => param.number({ min: 1, max: 0, step: 0.1, book: 0.5, label: { tex: 'x' } })).toThrow(/min ≤ max/);
    expect(() => param.number({ min: 0, max: 1, step: 0, book: 0.5, label: { tex: 'x' } })).toThrow(/step > 0/);
  });
});

describe('param.integer', () => {
  it('steps by 1 by default and its codec rounds', () => {
    const seed = param.integer({ min: 0, max: 9999, book: 42, label: { ko: '시드', en: 'Seed' } });
    expect(seed.step).toBe(1);
    expect(seed.integer).toBe(true);
    expect(seed.codec.parse('41.6')).toBe(42);
    expect(seed.codec.parse('123456')).toBe(9999);
    expect(seed.codec.format(7.4)).toBe('7');
  });
});

describe('withRange', () => {
  it('narrows the range and the codec together, so a URL value is clamped exactly as the slider clamps it', () => {
    const narrow = withRange(param.number({ min: -10, max: 10, step: 0.1, book: -7, label: { tex: 'x_0' } }), {
      min: -5,
      max: 5,
    });
    expect([narrow.min, narrow.max]).toEqual([-5, 5]);
    expect(narrow.codec.parse('-7')).toBe(-5);
    expect(narrow.book).toBe(-5);
  });

  it('never widens past the declared range', () => {
    const narrow = withRange(weight, { min: -100, max: 1 });
    expect([narrow.min, narrow.max]).toEqual([-2, 1]);
    expect(narrow.codec.parse('50')).toBe(1);
    expect(withRange(weight, { min: -3, max: 3 })).toBe(weight);
  });
});

describe('param.oneOf', () => {
  const gate = param.oneOf(['AND', 'OR', 'XOR'], { book: 'AND', labels: { XOR: { ko: 'XOR 도전', en: 'Try XOR' } } });

  it('accepts exactly its options from a URL', () => {
    expect(gate.codec.parse('OR')).toBe('OR');
    for (const bad of ['or', '__proto__', 'constructor', '', 'AND ']) expect(gate.codec.parse(bad)).toBeUndefined();
  });

  it('refuses a book value that is not an option', () => {
    // @ts-expect-error: the type already refuses it; the check holds for values built at run time.
    expect(() => param.oneOf(['a', 'b'], { book: 'c' })).toThrow(/not an option/);
  });
});

describe('param.boolean and param.list', () => {
  it('writes booleans as 1/0', () => {
    const on = param.boolean({ book: false });
    expect(on.codec.format(true)).toBe('1');
    expect(on.codec.parse('0')).toBe(false);
    expect(on.codec.parse('true')).toBeUndefined();
  });

  it('reads a list of the allowed length, each entry clamped, and names its entries', () => {
    const scores = param.list({
      min: -20,
      max: 20,
      step: 0.5,
      book: [1, 2, 3],
      minLength: 2,
      maxLength: 4,
      itemName: (i) => `a${i + 1}`,
      itemLabel: (i) => ({ tex: `a_${i + 1}` }),
    });
    expect(scores.codec.parse('1,50,-3')).toEqual([1, 20, -3]);
    expect(scores.codec.parse('1')).toBeUndefined();
    expect(scores.codec.parse('1,2,3,4,5')).toBeUndefined();
    expect(scores.codec.parse('1,x')).toBeUndefined();
    expect(scores.itemName(2)).toBe('a3');
  });

  it('defaults a list to exactly the book length', () => {
    const w = param.list({
      min: -3,
      max: 3,
      step: 0.1,
      book: [0, 0],
      itemName: String,
      itemLabel: () => ({ tex: 'w' }),
    });
    expect([w.minLength, w.maxLength]).toEqual([2, 2]);
    expect(w.codec.parse('1,2,3')).toBeUndefined();
  });
});

describe('resolveSchema', () => {
  const schema = { w1: weight, gate: param.oneOf(['AND', 'OR'], { book: 'AND' }) };

  it("applies a figure's book values and leaves the rest as declared", () => {
    const resolved = resolveSchema(schema, { book: { w1: -0.5, gate: 'OR' } });
    expect(resolved.w1.book).toBe(-0.5);
    expect(resolved.gate.book).toBe('OR');
    expect(resolved.w1.codec).toBe(weight.codec);
    expect(resolveSchema(schema, {}).w1).toBe(weight);
  });

  it('narrows a range and clamps the book value into it', () => {
    const resolved = resolveSchema(schema, { range: { w1: { min: 0, max: 1 } }, book: { w1: -1 } });
    expect([resolved.w1.min, resolved.w1.max, resolved.w1.book]).toEqual([0, 1, 0]);
    expect(resolved.w1.codec.parse('-1')).toBe(0);
  });
});
