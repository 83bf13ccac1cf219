/** How many ticks fit along an axis `length` units long with at least `spacing` units each (2 to `max`). */
export function tickCount(length: number, spacing: number, max = 10): number {
  if (!(length > 0) || !(spacing > 0)) return 2;
  return Math.max(2, Math.min(max, Math.floor(length / spacing)));
}

/** Keeps whole numbers only (steps and epochs are counted, never fractional). */
export function integerTicks(values: readonly number[]): number[] {
  return values.filter(Number.isInteger);
}

/** Keeps exact powers of ten only (a log axis labelled 0.1, 1, 10 rather than 2, 3, 4, …). */
export function decadeTicks(values: readonly number[]): number[] {
  return values.filter((v) => v > 0 && Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9);
}

/** Minimum spacing between tick labels, in units: x labels sit side by side, y labels stack. */
export const TICK_SPACING = { x: 56, y: 34 } as const;

/** The part of a d3 scale an axis reads: linear, log and band scales all fit. */
export interface AxisScale<V> {
  (value: V): number | undefined;
  domain(): V[];
  ticks?(count?: number): V[];
  bandwidth?(): number;
}

/**
 * The values an axis labels: the given list; every band of a band scale; or the scale's own ticks, as many as
 * fit along `length` units (or `count`), then `filter` (e.g. integerTicks).
 */
export function chooseTicks<V>(
  scale: AxisScale<V>,
  length: number,
  spacing: number,
  ticks?: readonly V[] | number,
  filter?: (values: V[]) => V[],
): V[] {
  let values: V[];
  if (Array.isArray(ticks)) values = [...(ticks as readonly V[])];
  else if (scale.ticks) values = scale.ticks(typeof ticks === 'number' ? ticks : tickCount(length, spacing));
  else values = scale.domain();
  return filter ? filter(values) : values;
}

/** Where a tick sits: the value's position, or the middle of its band. */
export function tickPosition<V>(scale: AxisScale<V>, value: V): number {
  return (scale(value) ?? 0) + (scale.bandwidth ? scale.bandwidth() / 2 : 0);
}
