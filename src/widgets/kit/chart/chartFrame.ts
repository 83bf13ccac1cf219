/** Space around the plot area, in chart units (1 unit = 1 CSS px on a phone; see chartUnits). */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The plot area inside the margins, in chart units. */
export interface Inner {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** A chart's geometry: the viewBox and the plot area that scales map onto. */
export interface Frame {
  width: number;
  height: number;
  margin: Margin;
  inner: Inner;
  /** Range for an x scale: [left, right]. */
  x: [number, number];
  /** Range for a rising y scale: [bottom, top]. */
  y: [number, number];
  viewBox: string;
}

/** Either a fixed total height in units, or the plot's height as a share of its width (clamped in units). */
export type FrameHeight = number | { aspect: number; min?: number; max?: number };

export interface FrameSpec {
  height: FrameHeight;
  margin?: Partial<Margin>;
  /** The narrowest the chart draws, in units; a narrower box scales it down instead. */
  minWidth?: number;
}

/** Width of one digit of tick text at 12 units, with room for a minus sign's kerning. */
const TICK_CHAR = 7;

/**
 * Margins that fit the axes a chart draws: the left margin holds `leftTickChars` characters of tick text,
 * and a labelled axis gets a line for its label (the x label under the ticks, the y label above the plot).
 */
export function chartMargin({ leftTickChars = 3, xLabel = false, yLabel = false } = {}): Margin {
  return {
    top: yLabel ? 24 : 10,
    right: 12,
    bottom: xLabel ? 40 : 24,
    left: leftTickChars > 0 ? 10 + TICK_CHAR * leftTickChars : 8,
  };
}

/** Lays out a chart `width` units wide: margins, plot area and scale ranges (all rounded to whole units). */
export function chartFrame(width: number, spec: FrameSpec): Frame {
  const margin = { ...chartMargin(), ...spec.margin };
  const w = Math.round(Math.max(spec.minWidth ?? 0, width));
  const innerWidth = Math.max(1, w - margin.left - margin.right);
  const h = spec.height;
  const innerHeight =
    typeof h === 'number'
      ? Math.max(1, Math.round(h) - margin.top - margin.bottom)
      : Math.round(Math.min(h.max ?? Infinity, Math.max(h.min ?? 1, innerWidth * h.aspect)));
  const height = innerHeight + margin.top + margin.bottom;
  const inner: Inner = {
    left: margin.left,
    top: margin.top,
    right: margin.left + innerWidth,
    bottom: margin.top + innerHeight,
    width: innerWidth,
    height: innerHeight,
  };
  return {
    width: w,
    height,
    margin,
    inner,
    x: [inner.left, inner.right],
    y: [inner.bottom, inner.top],
    viewBox: `0 0 ${w} ${height}`,
  };
}
