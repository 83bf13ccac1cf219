import type { Method } from './sgdRuns';

/** How each method is drawn: colour plus marker and dash, so colour is never the only signal. */
export const methodStyle: Record<Method, { color: string; marker: 'circle' | 'square' | 'triangle'; dash?: string }> = {
  batch: { color: 'var(--accent)', marker: 'circle' },
  minibatch: { color: 'var(--positive)', marker: 'square', dash: '7 4' },
  sgd: { color: 'var(--negative)', marker: 'triangle', dash: '2 3' },
};
