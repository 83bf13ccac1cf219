/**
 * How a piece of widget state is written into, and read back from, the URL.
 * `parse` is the validation boundary: it returns undefined for anything it refuses
 * (the value is then ignored with a notice), and clamps numbers into range.
 */
export interface Codec<T> {
  parse(text: string): T | undefined;
  format(value: T): string;
}

/** Longest text any codec reads from a URL: hostile megabyte queries are refused outright. */
export const MAX_PARAM_LENGTH = 2000;

const finite = (text: string): number | undefined => {
  if (text.length > 64 || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text.trim())) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
};

/** A finite number clamped into [min, max]; formatted as the shortest exact round-trip text. */
export function numberCodec(min: number, max: number): Codec<number> {
  return {
    parse: (text) => {
      const n = finite(text);
      return n === undefined ? undefined : Math.min(max, Math.max(min, n));
    },
    format: (v) => String(v),
  };
}

/** An integer clamped into [min, max]. */
export function integerCodec(min: number, max: number): Codec<number> {
  const num = numberCodec(min, max);
  return {
    parse: (text) => {
      const n = num.parse(text);
      return n === undefined ? undefined : Math.round(n);
    },
    format: (v) => String(Math.round(v)),
  };
}

/** One of a fixed set of names (a preset, a mode, a tab). */
export function oneOfCodec<T extends string>(values: readonly T[]): Codec<T> {
  return { parse: (text) => values.find((v) => v === text), format: (v) => v };
}

/** true/false as 1/0. */
export const booleanCodec: Codec<boolean> = {
  parse: (text) => (text === '1' ? true : text === '0' ? false : undefined),
  format: (v) => (v ? '1' : '0'),
};

/** Free text (an expression, an answer), at most maxLength characters. Never evaluated as code. */
export function textCodec(maxLength: number): Codec<string> {
  return { parse: (text) => (text.length <= maxLength ? text : undefined), format: (v) => v };
}

/** A comma-separated list of numbers, each clamped into [min, max], with between minLength and maxLength entries. */
export function numberListCodec(minLength: number, maxLength: number, min: number, max: number): Codec<number[]> {
  const num = numberCodec(min, max);
  return {
    parse: (text) => {
      const parts = text.split(',');
      if (parts.length < minLength || parts.length > maxLength) return undefined;
      const values = parts.map((p) => num.parse(p));
      return values.every((v): v is number => v !== undefined) ? values : undefined;
    },
    format: (v) => v.map(String).join(','),
  };
}
