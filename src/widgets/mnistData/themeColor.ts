// Canvas drawing cannot use CSS variables directly: read a theme colour as RGB from an element.

export type Rgb = readonly [number, number, number];

/** "#rrggbb" / "#rgb" / "rgb(r, g, b)" → [r, g, b]; anything else → fallback. */
export function parseColor(text: string, fallback: Rgb): Rgb {
  const s = text.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(s)?.[1];
  if (hex) {
    const full = hex.length === 3 ? hex.replace(/./g, (c) => c + c) : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(s);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : fallback;
}

/** The current value of a CSS colour variable on an element. */
export function themeColor(el: Element, name: string, fallback: Rgb): Rgb {
  return parseColor(getComputedStyle(el).getPropertyValue(name), fallback);
}

/** a + t·(b − a) per channel. */
export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]), a[2] + t * (b[2] - a[2])];
}
