// Canvas drawing cannot use CSS variables directly: resolve a theme colour to RGB where an element sits.

import { resolvedTheme } from '../../../state/useResolvedTheme';

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

/**
 * The current value of a CSS colour variable where an element sits, as RGB. The variables hold
 * light-dark(…) pairs, so the raw text is not a colour: a hidden probe resolves it to rgb(…) instead.
 */
export function themeColor(el: Element, name: string, fallback: Rgb): Rgb {
  // Every picture in a gallery asks for the same few colours: resolve each once per theme.
  const key = `${resolvedTheme()}|${name}`;
  const known = resolved.get(key);
  if (known) return known;
  const rgb = probeColor(el, name, fallback);
  if (rgb !== fallback) resolved.set(key, rgb); // an unresolved colour is asked again next time
  return rgb;
}

const resolved = new Map<string, Rgb>();

function probeColor(el: Element, name: string, fallback: Rgb): Rgb {
  const host = el.parentElement ?? el;
  const probe = el.ownerDocument.createElement('span');
  probe.hidden = true;
  probe.style.color = `var(${name})`;
  host.appendChild(probe);
  try {
    return parseColor(getComputedStyle(probe).color, fallback);
  } finally {
    probe.remove();
  }
}

/** a + t·(b − a) per channel. */
export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]), a[2] + t * (b[2] - a[2])];
}
