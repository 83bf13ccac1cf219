import type { GraphTag } from './types';
import { widget } from './widget';

/** The computational-graph and backpropagation chapters (the comp-graph widget): tag → lazily loaded widget. */
export const graphWidgets = {
  CompGraph: widget('CompGraph', () => import('../compGraph/CompGraph')),
  CompGraphExercise: widget('CompGraphExercise', () => import('../compGraphExercise/CompGraphExercise')),
} satisfies Record<GraphTag, unknown>;
