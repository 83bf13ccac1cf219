import type { LearningTag } from './types';

/** The loss-functions and gradient-descent chapters: tag → lazily loaded widget (see perceptronWidgets.tsx for the pattern). */
export const learningWidgets = {} satisfies Record<LearningTag, unknown>;
