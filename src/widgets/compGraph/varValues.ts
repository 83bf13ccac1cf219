import { numberCodec } from '../../state/codecs';
import type { Values, VarSpec } from '../kit/graph/examples';

/**
 * The sliders' values as one URL entry, "apple:120,tax:1.2": only values that differ from the book's.
 * Reading validates each entry with its variable's numberCodec (clamped) and ignores unknown names.
 */
export function readValues(text: string, specs: readonly VarSpec[]): Values {
  const values: Record<string, number> = Object.fromEntries(specs.map((s) => [s.name, s.value]));
  for (const part of text.split(',')) {
    const [name, raw] = part.split(':');
    const spec = specs.find((s) => s.name === name);
    const v = spec && raw !== undefined ? numberCodec(spec.min, spec.max).parse(raw) : undefined;
    if (spec && v !== undefined) values[spec.name] = v;
  }
  return values;
}

/** The inverse of readValues: changed values only, in the specs' order. */
export function writeValues(values: Values, specs: readonly VarSpec[]): string {
  return specs
    .filter((s) => values[s.name] !== undefined && values[s.name] !== s.value)
    .map((s) => `${s.name}:${String(values[s.name])}`)
    .join(',');
}
