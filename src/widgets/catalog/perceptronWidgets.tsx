import type { PerceptronTag } from './types';
import { widget } from './widget';

/** The perceptron chapter's widgets: tag → lazily loaded component. */
export const perceptronWidgets = {
  PerceptronGate: widget('PerceptronGate', () => import('../perceptronGate/PerceptronGate')),
  XorNetwork: widget('XorNetwork', () => import('../xorNetwork/XorNetwork')),
} satisfies Record<PerceptronTag, unknown>;
