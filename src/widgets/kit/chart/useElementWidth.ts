import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * The rendered width of an element in CSS pixels, kept up to date with a ResizeObserver (`fallback` before the
 * first layout). A chart that draws in a viewBox this wide keeps its text at its real CSS size on any screen,
 * instead of shrinking it with the picture on a phone.
 */
export function useElementWidth<E extends Element>(fallback: number): [RefObject<E | null>, number] {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const measure = () => {
      const w = Math.round(el.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/** The book's smallest root font size (a phone), in CSS px: chart text is drawn for it and grows with the page's type. */
const BASE_ROOT_PX = 17;

/**
 * A measured width in chart units: CSS px scaled by how much the page's type has grown over a phone's
 * (1 on a phone, about 2 in slide mode on a projector), so 12-unit labels grow with the text around them.
 */
export function chartUnits(cssWidth: number): number {
  const rootPx = typeof document === 'undefined' ? BASE_ROOT_PX : parseFloat(getComputedStyle(document.documentElement).fontSize) || BASE_ROOT_PX;
  return (cssWidth * BASE_ROOT_PX) / Math.max(BASE_ROOT_PX, rootPx);
}
