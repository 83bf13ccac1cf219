import type { FoundationsTag } from './types';

/** The activation-functions and forward-pass chapters: tag → lazily loaded widget (see perceptronWidgets.tsx for the pattern). */
export const foundationsWidgets = {} satisfies Record<FoundationsTag, unknown>;
