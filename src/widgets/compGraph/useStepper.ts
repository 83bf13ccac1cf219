import { useEffect, useState } from 'react';

/** Seconds between steps while playing; a reader with reduced motion gets the same steps without transitions. */
const STEP_MS = 1100;

/**
 * Transient stepping through `total` steps: starts finished (every gradient shown), play walks from the
 * start (or from where it is) one step per tick and stops at the end.
 */
export function useStepper(total: number) {
  const [step, setStep] = useState(total);
  const [playing, setPlaying] = useState(false);
  const clamped = Math.min(step, total);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      setStep((s) => {
        const next = Math.min(s, total) + 1;
        if (next >= total) setPlaying(false);
        return Math.min(next, total);
      });
    }, STEP_MS);
    return () => clearInterval(timer);
  }, [playing, total]);

  return {
    step: clamped,
    total,
    playing,
    play: () => {
      if (clamped >= total) setStep(0);
      setPlaying(true);
    },
    pause: () => setPlaying(false),
    forward: () => { setPlaying(false); setStep(Math.min(total, clamped + 1)); },
    back: () => { setPlaying(false); setStep(Math.max(0, clamped - 1)); },
    reset: () => { setPlaying(false); setStep(0); },
  };
}

export type Stepper = ReturnType<typeof useStepper>;
