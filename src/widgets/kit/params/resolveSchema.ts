import {
  withRange,
  type KeysOf,
  type NumberParam,
  type Param,
  type ParamValues,
  type Range,
  type Schema,
} from './param';

/** How one figure uses a schema: its own book values, and narrower ranges for numbers that depend on something. */
export interface ParamOptions<S extends Schema> {
  /** The book's values for this figure (e.g. the preset a chapter chose); the rest are the schema's. */
  book?: Partial<ParamValues<S>>;
  /**
   * Narrower ranges, e.g. a start point that must lie on the chosen surface. Each is kept inside the declared
   * range (the schema declares the widest), and the parameter's codec follows it, so a URL value outside the
   * narrowed range is clamped exactly as the slider clamps it.
   */
  range?: Partial<Record<KeysOf<S, NumberParam>, Range>>;
}

/** The schema with a figure's book values and narrowed ranges applied (a book value outside is clamped in). */
export function resolveSchema<S extends Schema>(schema: S, { book = {}, range = {} }: ParamOptions<S>): S {
  const out: Record<string, Param> = {};
  for (const [key, p] of Object.entries(schema)) {
    const narrow = (range as Record<string, Range | undefined>)[key];
    const own = (book as Record<string, unknown>)[key];
    let next: Param = p.kind === 'number' && narrow ? withRange(p, narrow) : p;
    if (own !== undefined) next = { ...next, book: own } as Param;
    if (next.kind === 'number' && own !== undefined)
      next = { ...next, book: Math.min(next.max, Math.max(next.min, next.book)) };
    out[key] = next;
  }
  return out as S;
}
