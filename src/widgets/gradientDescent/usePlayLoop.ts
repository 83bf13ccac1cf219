import { useEffect } from 'react';

/** Whether the reader asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

/**
 * Calls `tick` once per animation frame while `playing`, yielding to the browser between frames.
 * Each tick decides how much work to do; the loop stops when `playing` turns false.
 */
export function usePlayLoop(playing: boolean, tick: () => void): void {
  useEffect(() => {
    if (!playing) return;
    let handle = 0;
    const frame = () => {
      tick();
      handle = requestAnimationFrame(frame);
    };
    handle = requestAnimationFrame(frame);
    return () => cancelAnimationFrame(handle);
  }, [playing, tick]);
}
