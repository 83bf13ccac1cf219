import { describe, expect, it } from 'vitest';
import { clampValue, formatNumber, readNumericInput, snapToStep } from './numericInput';

describe('readNumericInput', () => {
  const read = (text: string) => readNumericInput(text, -5, 5, 0.5);

  it('accepts plain decimals, exponents, a typographic minus and a decimal comma', () => {
    expect(read('1.25')).toEqual({ ok: true, value: 1.25 });
    expect(read(' -0.7 ')).toEqual({ ok: true, value: -0.7 });
    expect(read('\u22120.7')).toEqual({ ok: true, value: -0.7 });
    expect(read('1e-3')).toEqual({ ok: true, value: 0.001 });
    expect(read('.5')).toEqual({ ok: true, value: 0.5 });
    expect(read('0,5')).toEqual({ ok: true, value: 0.5 });
    expect(read('+2')).toEqual({ ok: true, value: 2 });
  });

  it('refuses empty input and keeps the current value', () => {
    expect(read('')).toEqual({ ok: false, reason: 'empty', value: 0.5 });
    expect(read('   ')).toEqual({ ok: false, reason: 'empty', value: 0.5 });
  });

  it('refuses text and NaN and keeps the current value', () => {
    expect(read('abc')).toEqual({ ok: false, reason: 'notANumber', value: 0.5 });
    expect(read('1.2.3')).toEqual({ ok: false, reason: 'notANumber', value: 0.5 });
    expect(read('0x10')).toEqual({ ok: false, reason: 'notANumber', value: 0.5 });
    expect(read('NaN')).toEqual({ ok: false, reason: 'nan', value: 0.5 });
  });

  it('clamps infinities and overflowing exponents to the nearest bound', () => {
    expect(read('Infinity')).toEqual({ ok: false, reason: 'infinite', value: 5 });
    expect(read('-Infinity')).toEqual({ ok: false, reason: 'infinite', value: -5 });
    expect(read('1e309')).toEqual({ ok: false, reason: 'infinite', value: 5 });
    expect(read('-1e309')).toEqual({ ok: false, reason: 'infinite', value: -5 });
  });

  it('clamps out-of-range values to the bound they passed', () => {
    expect(read('99999')).toEqual({ ok: false, reason: 'tooLarge', value: 5 });
    expect(read('-6')).toEqual({ ok: false, reason: 'tooSmall', value: -5 });
    expect(read('5')).toEqual({ ok: true, value: 5 });
  });
});

describe('clampValue, snapToStep and formatNumber', () => {
  it('clamps into range and replaces NaN with the fallback', () => {
    expect(clampValue(7, -5, 5, 0)).toBe(5);
    expect(clampValue(-Infinity, -5, 5, 0)).toBe(-5);
    expect(clampValue(Number.NaN, -5, 5, 1)).toBe(1);
  });

  it('snaps to the step grid without floating-point dust', () => {
    expect(snapToStep(0.1 + 0.2, -1, 0.1)).toBe(0.3);
    expect(snapToStep(0.56, -1, 0.05)).toBeCloseTo(0.55, 12);
    expect(snapToStep(-0.7000000001, -2, 0.01)).toBe(-0.7);
  });

  it('formats with at most six significant digits and no negative zero', () => {
    expect(formatNumber(0.30000000000000004)).toBe('0.3');
    expect(formatNumber(220.00000000000003)).toBe('220');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(1 / 3)).toBe('0.333333');
  });
});
