import { describe, expect, it } from 'vitest';
import { APPROX_ZERO, formatExact, formatReadout, formatTex, isApproxZero, ZERO_BELOW } from './format';

const nb = (s: string) => s.replace(/ /g, '\u00a0');

describe('formatReadout', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [0.5, '0.5'],
    [-0.5, '−0.5'],
    [1, '1'],
    [220.00000000000003, '220'],
    [0.7310585786300049, '0.731059'],
    [-2.4000000000000004, '−2.4'],
    [21879.34, '21879.3'],
    [0.001, '0.001'],
    [0.00099999999, '0.001'],
    [999999.4, '999999'],
  ])('shows %s as a plain decimal "%s"', (value, text) => {
    expect(formatReadout(value)).toBe(text);
  });

  it.each([
    [9.80123e-9, 'loss', '9.8 × 10⁻⁹'],
    [9.80123e-9, 'value', '9.8 × 10⁻⁹'],
    [-9.80123e-9, 'value', '−9.8 × 10⁻⁹'],
    [1.5e-4, 'value', '1.5 × 10⁻⁴'],
    [1e21, 'value', '1 × 10²¹'],
    [-1e21, 'value', '−1 × 10²¹'],
    [1e6, 'value', '1 × 10⁶'],
    [999999.7, 'value', '1 × 10⁶'],
    [1234567, 'value', '1.23 × 10⁶'],
    [2.061060046209062e-9, 'value', '2.06 × 10⁻⁹'],
    [4.5397868608866656e-5, 'gradient', '4.5 × 10⁻⁵'],
  ] as const)('writes %s as a %s in scientific notation with superscripts: "%s"', (value, kind, text) => {
    expect(formatReadout(value, kind)).toBe(nb(text));
  });

  it('says ≈ 0 below the threshold, for either sign', () => {
    expect(formatReadout(1.18467e-93)).toBe(APPROX_ZERO);
    expect(formatReadout(-1.18467e-93)).toBe(APPROX_ZERO);
    expect(formatReadout(ZERO_BELOW / 2, 'loss')).toBe(APPROX_ZERO);
    expect(formatReadout(ZERO_BELOW * 2, 'loss')).toBe(nb('2 × 10⁻¹²'));
    expect(isApproxZero(formatReadout(1e-93))).toBe(true);
    expect(isApproxZero(formatReadout(0))).toBe(false);
  });

  it('keeps the words JavaScript uses for NaN and the infinities, with a real minus', () => {
    expect(formatReadout(Number.NaN)).toBe('NaN');
    expect(formatReadout(Number.POSITIVE_INFINITY)).toBe('Infinity');
    expect(formatReadout(Number.NEGATIVE_INFINITY, 'loss')).toBe('−Infinity');
    expect(formatReadout(Number.NaN, 'percent')).toBe('NaN');
  });

  it('fixes the significant digits per kind', () => {
    expect(formatReadout(2.302208, 'value')).toBe('2.30221');
    expect(formatReadout(2.302208, 'loss')).toBe('2.302');
    expect(formatReadout(0.0123456, 'gradient')).toBe('0.01235');
    expect(formatReadout(-11.43, 'gradient')).toBe('−11.43');
    expect(formatReadout(21879.34, 'loss')).toBe('21879');
  });

  it('shows a fraction as a percent with three significant digits', () => {
    expect(formatReadout(0.727, 'percent')).toBe('72.7%');
    expect(formatReadout(0.972, 'percent')).toBe('97.2%');
    expect(formatReadout(0.5, 'percent')).toBe('50%');
    expect(formatReadout(1, 'percent')).toBe('100%');
    expect(formatReadout(0, 'percent')).toBe('0%');
    expect(formatReadout(0.66234, 'percent')).toBe('66.2%');
    expect(formatReadout(-0.25, 'percent')).toBe('−25%');
    expect(formatReadout(1e-16, 'percent')).toBe(`${APPROX_ZERO}%`);
  });

  it('never leaks JavaScript exponent text or a hyphen minus', () => {
    for (const v of [1e-93, 9.80123e-9, -3.3e-7, 1e21, -4.2e30, 5e-324, Number.MAX_VALUE, -0.1]) {
      for (const kind of ['value', 'loss', 'gradient', 'percent'] as const) {
        const text = formatReadout(v, kind);
        expect(text).not.toMatch(/e[+-]?\d|-/);
      }
    }
  });
});

describe('formatExact', () => {
  it('keeps every digit JavaScript needs to read the number back', () => {
    expect(formatExact(220.00000000000003)).toBe('220.00000000000003');
    expect(formatExact(1.18467e-93)).toBe(nb('1.18467 × 10⁻⁹³'));
    expect(formatExact(9.80123e-9)).toBe(nb('9.80123 × 10⁻⁹'));
    expect(formatExact(-0.5)).toBe('−0.5');
    expect(formatExact(-0)).toBe('0');
    expect(formatExact(1e21)).toBe(nb('1 × 10²¹'));
    expect(formatExact(Number.NaN)).toBe('NaN');
    expect(formatExact(Number.NEGATIVE_INFINITY)).toBe('−Infinity');
  });

  it('is the same text for Korean and English pages (no locale grouping)', () => {
    expect(formatExact(1234567.5)).toBe(nb('1.2345675 × 10⁶'));
    expect(formatReadout(123456.7)).toBe('123457');
  });
});

describe('formatTex', () => {
  it('writes the same readout as TeX', () => {
    expect(formatTex(0.7310585786300049)).toBe('0.731059');
    expect(formatTex(-2.4000000000000004)).toBe('-2.4');
    expect(formatTex(9.80123e-9, 'loss')).toBe('9.8 \\times 10^{-9}');
    expect(formatTex(-1e21)).toBe('-1 \\times 10^{21}');
    expect(formatTex(1e-93)).toBe('\\approx 0');
    expect(formatTex(0.5, 'percent')).toBe('50\\%');
    expect(formatTex(Number.NaN)).toBe('\\text{NaN}');
    expect(formatTex(Number.NEGATIVE_INFINITY)).toBe('-\\infty');
  });
});
