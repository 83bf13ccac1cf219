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
