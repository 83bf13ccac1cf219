import type { MnistTag } from './types';

/** The mnist chapter (trainer and drawing pad): tag → lazily loaded widget (see perceptronWidgets.tsx for the pattern). */
export const mnistWidgets = {} satisfies Record<MnistTag, unknown>;
