/** Why a typed value was not taken as-is. */
export type Refusal = 'empty' | 'notANumber' | 'nan' | 'infinite' | 'tooLarge' | 'tooSmall';

/** The outcome of reading a typed number against [min, max]. */
export type NumericInput = { ok: true; value: number } | { ok: false; reason: Refusal; value: number };

/**
 * Reads what a person typed into a number field. Accepts ordinary decimals and
 * exponents ("1e-3", "−0.5" with a typographic minus, "0,5" with a decimal comma).
 * Refused input returns the value to use instead: the clamped bound for out-of-range
 * and infinite input, the current value for anything that is not a number.
 */
export function readNumericInput(text: string, min: number, max: number, current: number): NumericInput {
  const cleaned = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/^\+/, '')
    .replace(/^(-?\d*),(\d+)$/, '$1.$2');
  if (cleaned === '') return { ok: false, reason: 'empty', value: current };
  if (/^-?infinity$/i.test(cleaned) || /^-?inf$/i.test(cleaned)) {
    return { ok: false, reason: 'infinite', value: cleaned.startsWith('-') ? min : max };
  }
  if (/^nan$/i.test(cleaned)) return { ok: false, reason: 'nan', value: current };
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) return { ok: false, reason: 'notANumber', value: current };
  const parsed = Number(cleaned);
  if (!Number.isFinite(parsed)) return { ok: false, reason: 'infinite', value: parsed > 0 ? max : min };
  if (parsed > max) return { ok: false, reason: 'tooLarge', value: max };
  if (parsed < min) return { ok: false, reason: 'tooSmall', value: min };
  return { ok: true, value: parsed };
}

/** Clamps any number (NaN included) into [min, max]; NaN becomes `fallback`. */
export function clampValue(value: number, min: number, max: number, fallback: number): number {
  if (Number.isNaN(value)) return fallback;
  return Math.min(max, Math.max(min, value));
}

/** Rounds to the step's grid, starting from min, without float dust (0.1+0.2 → 0.3). */
export function snapToStep(value: number, min: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  const snapped = min + Math.round((value - min) / step) * step;
  return Number(snapped.toFixed(Math.min(12, decimals)));
}

/** Formats a number for a field: shortest round-trip text, capped at 6 significant digits for long fractions. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const short = Number(value.toPrecision(6));
  return String(Object.is(short, -0) ? 0 : short);
}
