import { describe, expect, it } from 'vitest';
import {
  booleanCodec,
  integerCodec,
  MAX_PARAM_LENGTH,
  numberCodec,
  numberListCodec,
  oneOfCodec,
  textCodec,
} from './codecs';

describe('codecs read URL text defensively', () => {
  it('numbers: clamps into range, refuses NaN, infinities, text and code', () => {
    const c = numberCodec(-2, 2);
    expect(c.parse('-0.5')).toBe(-0.5);
    expect(c.parse('1e3')).toBe(2);
    expect(c.parse('-99')).toBe(-2);
    for (const bad of ['NaN', 'Infinity', '-Infinity', '', 'abc', '1e999', 'alert(1)', '0x10', '1,5', ' '])
      expect(c.parse(bad)).toBeUndefined();
    expect(c.format(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(c.parse(c.format(0.1 + 0.2))).toBe(0.1 + 0.2);
  });

  it('integers round, and choices accept only their names', () => {
    expect(integerCodec(2, 6).parse('4.6')).toBe(5);
    expect(integerCodec(2, 6).parse('100')).toBe(6);
    const gate = oneOfCodec(['AND', 'OR'] as const);
    expect(gate.parse('OR')).toBe('OR');
    expect(gate.parse('or')).toBeUndefined();
    expect(gate.parse('__proto__')).toBeUndefined();
  });

  it('booleans are 1 or 0, text has a length cap, lists check their length and every entry', () => {
    expect(booleanCodec.parse('1')).toBe(true);
    expect(booleanCodec.parse('true')).toBeUndefined();
    expect(textCodec(5).parse('(x+y)')).toBe('(x+y)');
    expect(textCodec(5).parse('(x+y)^2')).toBeUndefined();
    const list = numberListCodec(2, 6, -10, 10);
    expect(list.parse('1,2,30')).toEqual([1, 2, 10]);
    expect(list.parse('1')).toBeUndefined();
    expect(list.parse('1,x,3')).toBeUndefined();
    expect(list.format([1010, 1000, 990])).toBe('1010,1000,990');
    expect(MAX_PARAM_LENGTH).toBeGreaterThan(100);
  });
});
