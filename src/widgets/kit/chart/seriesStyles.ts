import type { MarkerShape } from './markerShapes';

/** How one series is drawn everywhere: a colour variable plus a marker and a dash, so colour is never the only signal. */
export interface SeriesStyle {
  /** A theme variable from src/book/book.css, e.g. 'var(--accent)'. */
  color: string;
  marker: MarkerShape;
  /** SVG stroke-dasharray; solid when omitted. */
  dash?: string;
  /** Hollow markers (filled with the surface, outlined in the colour). */
  open?: boolean;
}

/** Every series name a chart draws. */
export const seriesNames = [
  'sgd',
  'momentum',
  'adagrad',
  'adam',
  'batch',
  'minibatch',
  'loss',
  'raw',
  'train',
  'test',
] as const;
export type SeriesName = (typeof seriesNames)[number];

/**
 * One entry per method or series name any chart draws: the same name looks the same in every widget
 * (SGD is the orange circle in the descent, the race and the mini-batch comparison alike).
 */
export const seriesStyles: Readonly<Record<SeriesName, SeriesStyle>> = {
  // Optimizers (gradient descent is plain SGD on the full gradient).
  sgd: { color: 'var(--negative)', marker: 'circle' },
  momentum: { color: 'var(--accent)', marker: 'square', dash: '6 3' },
  adagrad: { color: 'var(--ok)', marker: 'triangle', dash: '2 3' },
  adam: { color: 'var(--fg)', marker: 'diamond', dash: '9 3 2 3' },
  // Batch sizes.
  batch: { color: 'var(--violet)', marker: 'star', dash: '9 4' },
  minibatch: { color: 'var(--ok)', marker: 'square', dash: '3 3' },
  // Training curves.
  loss: { color: 'var(--accent)', marker: 'circle' },
  raw: { color: 'var(--muted)', marker: 'square' },
  train: { color: 'var(--accent)', marker: 'circle' },
  test: { color: 'var(--negative)', marker: 'square', dash: '6 4', open: true },
};

/** Names drawn together in one chart: within a group no two share a colour, a marker or a dash. */
export const seriesGroups: readonly (readonly SeriesName[])[] = [
  ['sgd', 'momentum', 'adagrad', 'adam'],
  ['batch', 'minibatch', 'sgd'],
  ['loss', 'raw'],
  ['train', 'test'],
];
