import type { FoundationsTag } from './types';

/** The activation-functions, forward-pass, loss-functions and gradient-descent chapters: tag → lazily loaded widget (see perceptronWidgets.tsx for the pattern). */
export const foundationsWidgets = {} satisfies Record<FoundationsTag, unknown>;
