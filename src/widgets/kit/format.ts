// One number format for every readout the reader sees. Data attributes keep full precision; this is
// only the visible text. No locale: Korean and English pages show the same digits.

/** What a readout shows; each kind has its own number of significant digits. */
export type ReadoutKind = 'value' | 'loss' | 'gradient' | 'percent';

interface KindRule {
  /** Significant digits in plain decimals (an integer part is never cut: 21879 stays 21879). */
  readonly digits: number;
  /** Significant digits of the mantissa in scientific notation. */
  readonly sciDigits: number;
}

export const readoutRules: Readonly<Record<ReadoutKind, KindRule>> = {
  value: { digits: 6, sciDigits: 3 },
  loss: { digits: 4, sciDigits: 2 },
  gradient: { digits: 4, sciDigits: 2 },
  percent: { digits: 3, sciDigits: 2 },
};

/** Below this magnitude a readout says "≈ 0": far under the round-off of the order-1 numbers it sits beside. */
export const ZERO_BELOW = 1e-12;
/** Plain decimals for magnitudes in [PLAIN_MIN, PLAIN_MAX); scientific notation outside. */
export const PLAIN_MIN = 1e-3;
export const PLAIN_MAX = 1e6;

const MINUS = '\u2212';
const NBSP = '\u00a0';
/** What "≈ 0" looks like; the space does not break. */
export const APPROX_ZERO = `≈${NBSP}0`;
const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '-': '⁻',
};

function withMinus(text: string): string {
  return text.replace(/^-/, MINUS);
}

function nonFinite(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  return value > 0 ? 'Infinity' : `${MINUS}Infinity`;
}

/** "1.25e-9" (JavaScript's exponent form) → "1.25 × 10⁻⁹". */
function prettyExponent(text: string): string {
  const [mantissa = '', exponent = '0'] = text.split('e');
  const power = String(Number(exponent))
    .split('')
    .map((c) => SUPERSCRIPT[c] ?? c)
    .join('');
  return `${withMinus(mantissa)}${NBSP}×${NBSP}10${power}`;
}

/** Rounds to `digits` significant digits, keeping every digit of the integer part. */
function roundPlain(value: number, digits: number): number {
  const integerDigits = Math.floor(Math.log10(Math.abs(value))) + 1;
  return Number(value.toPrecision(Math.min(100, Math.max(digits, integerDigits))));
}

/** The number as a readout of this kind shows it: "0.731059", "9.8 × 10⁻⁹", "≈ 0", "72.7%". */
export function formatReadout(value: number, kind: ReadoutKind = 'value'): string {
  if (!Number.isFinite(value)) return nonFinite(value);
  if (kind === 'percent') return `${formatScaled(value * 100, readoutRules.percent)}%`;
  return formatScaled(value, readoutRules[kind]);
}

function formatScaled(value: number, rule: KindRule): string {
  if (value === 0) return '0';
  if (Math.abs(value) < ZERO_BELOW) return APPROX_ZERO;
  const plain = roundPlain(value, rule.digits);
  const size = Math.abs(plain);
  if (size >= PLAIN_MIN && size < PLAIN_MAX) return withMinus(String(plain));
  // Trailing zeros of the mantissa go: 1.0e21 reads "1 × 10²¹".
  const [mantissa = '', exponent = '0'] = value.toExponential(rule.sciDigits - 1).split('e');
  return prettyExponent(`${Number(mantissa)}e${exponent}`);
}

/** Every digit JavaScript keeps (the shortest text that reads back to the same double), in the readout's style. */
export function formatExact(value: number): string {
  if (!Number.isFinite(value)) return nonFinite(value);
  if (value === 0) return '0';
  const size = Math.abs(value);
  if (size >= PLAIN_MIN && size < PLAIN_MAX) return withMinus(String(value));
  return prettyExponent(value.toExponential());
}

/** Whether a readout hides the value entirely (so the exact value must be reachable by keyboard too). */
export function isApproxZero(text: string): boolean {
  return text.startsWith(APPROX_ZERO);
}

const FROM_SUPERSCRIPT = Object.fromEntries(Object.entries(SUPERSCRIPT).map(([plain, sup]) => [sup, plain]));

/** The same readout for KaTeX: "9.8 \times 10^{-9}", "\approx 0", "-2.4" (TeX sets the minus itself). */
export function formatTex(value: number, kind: ReadoutKind = 'value'): string {
  if (Number.isNaN(value)) return '\\text{NaN}';
  if (!Number.isFinite(value)) return value > 0 ? '\\infty' : '-\\infty';
  return formatReadout(value, kind)
    .replace(APPROX_ZERO, '\\approx 0')
    .replace(
      /\u00a0×\u00a010([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)/,
      (_, p: string) => ` \\times 10^{${[...p].map((c) => FROM_SUPERSCRIPT[c] ?? c).join('')}}`,
    )
    .replace(/\u2212/g, '-')
    .replace('%', '\\%');
}
