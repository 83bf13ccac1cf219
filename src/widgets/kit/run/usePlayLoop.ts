import { useEffect } from 'react';

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
