import {
  booleanCodec,
  integerCodec,
  numberCodec,
  numberListCodec,
  oneOfCodec,
  type Codec,
} from '../../../state/codecs';
import type { Bilingual } from '../../../state/lang';

// A widget's parameters, each declared once: range, step, the book's value, label. The slider, the number
// field, the URL codec and the e2e specs all read the declaration, so they cannot disagree. This file is pure
// data (no React), so Playwright specs can import a widget's schema.

/** A slider's visible label: a formula (rendered by KaTeX) or words in both languages. */
export type ParamLabel = { readonly tex: string } | Bilingual;

/** A closed range of numbers. */
export interface Range {
  readonly min: number;
  readonly max: number;
}

export interface NumberParam extends Range {
  readonly kind: 'number';
  /** Arrow-key step; Shift+arrow moves by `fine` (the Slider's default is step / 10). */
  readonly step: number;
  readonly fine?: number;
  /** The part of the range the slider's track covers, when narrower (the rest is typed). */
  readonly track?: Range;
  /** Whole numbers only (a seed, a count): the URL codec rounds. */
  readonly integer: boolean;
  /** The book's value: where the figure starts, what reset restores, and left out of the URL. */
  readonly book: number;
  readonly label: ParamLabel;
  /** The accessible name, when the label is a formula (a bare name such as "w1" is the default). */
  readonly aria?: Bilingual;
  readonly codec: Codec<number>;
}

export interface OneOfParam<T extends string = string> {
  readonly kind: 'oneOf';
  readonly options: readonly T[];
  readonly book: T;
  /** The chip group's name, when the schema declares it. */
  readonly label?: Bilingual;
  /** What each option's chip says, where it is not the option itself. */
  readonly labels?: Partial<Record<T, string | Bilingual>>;
  readonly codec: Codec<T>;
}

export interface BooleanParam {
  readonly kind: 'boolean';
  readonly book: boolean;
  readonly codec: Codec<boolean>;
}

/** A list of numbers with one slider per entry (softmax's scores, a weight matrix read row by row). */
export interface ListParam extends Range {
  readonly kind: 'list';
  readonly step: number;
  readonly fine?: number;
  readonly track?: Range;
  readonly book: readonly number[];
  readonly minLength: number;
  readonly maxLength: number;
  /** Entry i's `data-var` name and label. */
  readonly itemName: (i: number) => string;
  readonly itemLabel: (i: number) => ParamLabel;
  readonly codec: Codec<number[]>;
}

export type Param = NumberParam | OneOfParam | BooleanParam | ListParam;

/** A widget's parameters by URL key (also the `data-var` name of a number's slider). */
export type Schema = Readonly<Record<string, Param>>;

export type ParamValue<P> = P extends NumberParam
  ? number
  : P extends OneOfParam<infer T>
    ? T
    : P extends BooleanParam
      ? boolean
      : P extends ListParam
        ? number[]
        : never;

export type ParamValues<S extends Schema> = { [K in keyof S]: ParamValue<S[K]> };

/** The keys of a schema whose parameters are of kind `P`. */
export type KeysOf<S extends Schema, P> = { [K in keyof S]: S[K] extends P ? K : never }[keyof S] & string;

interface NumberSpec {
  min: number;
  max: number;
  step: number;
  fine?: number;
  track?: Range;
  book: number;
  label: ParamLabel;
  aria?: Bilingual;
}

/** Declarations are code: a range that is empty, or a book value outside it, is a bug to stop at load time. */
function checkRange(what: string, { min, max }: Range, step: number, book: readonly number[]): void {
  if (!(min <= max) || !(step > 0)) throw new Error(`param ${what}: needs min ≤ max and step > 0`);
  const outside = book.find((v) => !(v >= min && v <= max));
  if (outside !== undefined) throw new Error(`param ${what}: book value ${outside} is outside [${min}, ${max}]`);
}

function numberParam(spec: NumberSpec, integer: boolean): NumberParam {
  checkRange(integer ? 'integer' : 'number', spec, spec.step, [spec.book]);
  const codec = integer ? integerCodec(spec.min, spec.max) : numberCodec(spec.min, spec.max);
  return { kind: 'number', ...spec, integer, codec };
}

/** The same number parameter over a narrower range (kept inside the declared one), with its codec to match. */
export function withRange(p: NumberParam, range: Range): NumberParam {
  const min = Math.min(p.max, Math.max(p.min, range.min));
  const max = Math.max(min, Math.min(p.max, range.max));
  if (min === p.min && max === p.max) return p;
  const codec = p.integer ? integerCodec(min, max) : numberCodec(min, max);
  return { ...p, min, max, codec, book: Math.min(max, Math.max(min, p.book)) };
}

export const param = {
  /** A number in [min, max]: a slider with an exact-value field. */
  number: (spec: NumberSpec): NumberParam => numberParam(spec, false),

  /** A whole number in [min, max] (step 1 unless given). */
  integer: (spec: Omit<NumberSpec, 'step'> & { step?: number }): NumberParam =>
    numberParam({ ...spec, step: spec.step ?? 1 }, true),

  /** One of a fixed set of names (a preset, a mode): chips. */
  oneOf<const T extends string>(
    options: readonly T[],
    spec: { book: NoInfer<T>; label?: Bilingual; labels?: Partial<Record<NoInfer<T>, string | Bilingual>> },
  ): OneOfParam<T> {
    if (!options.includes(spec.book)) throw new Error(`param oneOf: book value ${spec.book} is not an option`);
    return { kind: 'oneOf', options, ...spec, codec: oneOfCodec(options) };
  },

  /** On or off. */
  boolean: (spec: { book: boolean }): BooleanParam => ({ kind: 'boolean', ...spec, codec: booleanCodec }),

  /** Numbers in [min, max], between minLength and maxLength of them (default: exactly the book's count). */
  list(
    spec: Omit<NumberSpec, 'book' | 'label' | 'aria'> & {
      book: readonly number[];
      minLength?: number;
      maxLength?: number;
      itemName: (i: number) => string;
      itemLabel: (i: number) => ParamLabel;
    },
  ): ListParam {
    const { minLength = spec.book.length, maxLength = spec.book.length } = spec;
    checkRange('list', spec, spec.step, spec.book);
    if (spec.book.length < minLength || spec.book.length > maxLength)
      throw new Error('param list: book length out of bounds');
    return {
      kind: 'list',
      ...spec,
      minLength,
      maxLength,
      codec: numberListCodec(minLength, maxLength, spec.min, spec.max),
    };
  },
};
