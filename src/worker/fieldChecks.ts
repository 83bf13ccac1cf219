// Small checks for messages that cross the worker boundary. Each returns the typed value or throws a
// FieldError whose text names the field and what it must be; it never repeats a received string, so
// a message cannot smuggle markup or a novel into the error the page shows.
import type { Limit } from './trainLimits';

/** A field that is missing, of the wrong type, or out of range. */
export class FieldError extends Error {}

/** What a received value is, for an error message: numbers as written, anything else by its kind. */
function describe(v: unknown): string {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return 'text';
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (ArrayBuffer.isView(v)) return `${v.constructor.name} of ${(v as unknown as ArrayLike<number>).length}`;
  return typeof v === 'object' ? 'an object' : typeof v;
}

function fail(what: string, must: string, got: unknown): never {
  throw new FieldError(`${what} must be ${must} (got ${describe(got)})`);
}

const range = (l: Limit) => `from ${l.min} to ${l.max}`;

/** The fields of a plain object (not null, a list or a buffer), before its keys are known. */
export function objectOf(v: unknown, what: string): Readonly<Record<string, unknown>> {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || ArrayBuffer.isView(v)) fail(what, 'an object', v);
  return v as Readonly<Record<string, unknown>>;
}

/** The fields of a plain object that has exactly these keys (none missing, none extra). */
export function fieldsOf(v: unknown, what: string, keys: readonly string[]): Readonly<Record<string, unknown>> {
  const fields = objectOf(v, what);
  const missing = keys.find((k) => !Object.hasOwn(fields, k));
  if (missing !== undefined) throw new FieldError(`${what}.${missing} is missing`);
  const extra = Object.keys(fields).filter((k) => !keys.includes(k)).length;
  if (extra > 0) throw new FieldError(`${what} has ${extra} field${extra === 1 ? '' : 's'} it should not have`);
  return fields;
}

/** A finite number within the limit. */
export function finiteIn(v: unknown, what: string, limit: Limit): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < limit.min || v > limit.max)
    fail(what, `a number ${range(limit)}`, v);
  return v;
}

/** A whole number within the limit. */
export function integerIn(v: unknown, what: string, limit: Limit): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < limit.min || v > limit.max)
    fail(what, `a whole number ${range(limit)}`, v);
  return v;
}

/** Any number, NaN and ±∞ included (a diverged loss is one of those). */
export function anyNumber(v: unknown, what: string): number {
  if (typeof v !== 'number') fail(what, 'a number', v);
  return v;
}

export function boolean(v: unknown, what: string): boolean {
  if (typeof v !== 'boolean') fail(what, 'true or false', v);
  return v;
}

/** One of a fixed list of names. */
export function oneOf<T extends string>(v: unknown, what: string, names: readonly T[]): T {
  if (typeof v !== 'string' || !(names as readonly string[]).includes(v)) fail(what, `one of ${names.join(', ')}`, v);
  return v as T;
}

/** Text of at most maxLength characters (shown as text, never as markup). */
export function text(v: unknown, what: string, maxLength: number): string {
  if (typeof v !== 'string' || v.length > maxLength) fail(what, `text of at most ${maxLength} characters`, v);
  return v;
}

/** An array whose length is within the limit. */
export function listOf(v: unknown, what: string, length: Limit): readonly unknown[] {
  if (!Array.isArray(v) || v.length < length.min || v.length > length.max)
    fail(what, `a list of ${range(length)} items`, v);
  return v;
}

type TypedArrayClass<T> = { new (length: number): T; readonly name: string };

/** A typed array of this class, with exactly `length` elements when given. */
export function typedArray<T extends ArrayLike<number>>(
  v: unknown,
  what: string,
  cls: TypedArrayClass<T>,
  length?: number,
): T {
  const a = /^[AEIO]/.test(cls.name) ? 'an' : 'a';
  const must = length === undefined ? `${a} ${cls.name}` : `${a} ${cls.name} of ${length}`;
  if (!(v instanceof cls) || (length !== undefined && v.length !== length)) fail(what, must, v);
  return v;
}
