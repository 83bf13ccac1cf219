import type { Refusal } from '../../src/widgets/kit/controls/numericInput';
import { expect, type slider } from './fixtures';

/** Something a person can type into a number field, why it must be refused, and the value the field then holds. */
export interface BadNumber {
  readonly text: string;
  readonly reason: Refusal;
  readonly value: number;
}

/**
 * Every kind of bad text for a number field over [min, max] that holds `kept` before: NaN, ±Infinity,
 * empty, text, a malformed number, an overflowing exponent, and values far above and below the range.
 * Unparseable text keeps the value; infinities and out-of-range values clamp to the nearer bound.
 */
export function badNumbers(min: number, max: number, kept: number): BadNumber[] {
  return [
    { text: 'NaN', reason: 'nan', value: kept },
    { text: 'Infinity', reason: 'infinite', value: max },
    { text: '-Infinity', reason: 'infinite', value: min },
    { text: '', reason: 'empty', value: kept },
    { text: 'abc', reason: 'notANumber', value: kept },
    { text: '0.5.5', reason: 'notANumber', value: kept },
    { text: '1e309', reason: 'infinite', value: max },
    { text: String(max + 1e6), reason: 'tooLarge', value: max },
    { text: String(min - 1e6), reason: 'tooSmall', value: min },
  ];
}

/**
 * Types bad values into a Slider's exact-value field, starting from `good` each time, and checks the visible
 * refusal, aria-invalid and the value kept or clamped; then a good value clears the message. `some` tries
 * three representative kinds (text, NaN, far too large), for the later sliders of a long page; `alsoCheck`
 * runs after each case, for what the widget around the slider must show.
 */
export async function expectSliderRefusals(
  s: ReturnType<typeof slider>,
  range: { min: number; max: number; good: number },
  which: 'all' | 'some' = 'all',
  alsoCheck?: (bad: BadNumber) => Promise<void>,
): Promise<void> {
  const all = badNumbers(range.min, range.max, range.good);
  const cases = which === 'all' ? all : all.filter((b) => ['abc', 'NaN', String(range.max + 1e6)].includes(b.text));
  for (const bad of cases) {
    await s.field.fill(String(range.good));
    await s.field.press('Enter');
    await s.field.fill(bad.text);
    await s.field.press('Enter');
    await expect(s.message).toHaveAttribute('data-refused', bad.reason);
    await expect(s.message).toBeVisible();
    await expect(s.field).toHaveAttribute('aria-invalid', 'true');
    expect(await s.value()).toBe(bad.value);
    await alsoCheck?.(bad);
  }
  await s.field.fill(String(range.good));
  await s.field.press('Enter');
  await expect(s.message).toBeEmpty();
  await expect(s.field).not.toHaveAttribute('aria-invalid', 'true');
}
