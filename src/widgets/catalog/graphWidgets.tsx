import type { GraphTag } from './types';

/** The computational-graph and backpropagation chapters (the comp-graph widget): tag → lazily loaded widget (see perceptronWidgets.tsx for the pattern). */
export const graphWidgets = {} satisfies Record<GraphTag, unknown>;
