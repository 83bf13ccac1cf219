import { useEffect, useRef, type RefObject } from 'react';

/** The last height each figure's body had with its widget in it, by scope, for as long as the page lives. */
const remembered = new Map<string, number>();

/**
 * Remembers how tall a figure's body is while its widget shows, so the placeholder shown while it
 * does not (a heavy figure scrolled far away, a chunk loading again) can keep that height and the
 * page does not jump. Returns the body's ref and the height to reserve (undefined before the first showing).
 */
export function useFigureHeight(scope: string): {
  bodyRef: RefObject<HTMLDivElement | null>;
  reserved: number | undefined;
} {
  const bodyRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = bodyRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (el.querySelector(':scope > .figure-loading')) return;
      const h = el.getBoundingClientRect().height;
      if (h > 0) remembered.set(scope, h);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [scope]);
  return { bodyRef, reserved: remembered.get(scope) };
}
