import type { FoundationsTag } from './types';
import { widget } from './widget';

/** The activation-functions and forward-pass chapters: tag → lazily loaded widget. */
export const foundationsWidgets = {
  ActivationPlot: widget('ActivationPlot', () => import('../activationPlot/ActivationPlot')),
  LinearCollapse: widget('LinearCollapse', () => import('../linearCollapse/LinearCollapse')),
  Softmax: widget('Softmax', () => import('../softmax/Softmax')),
  Matmul: widget('Matmul', () => import('../matmul/Matmul')),
  ForwardPass: widget('ForwardPass', () => import('../forwardPass/ForwardPass')),
} satisfies Record<FoundationsTag, unknown>;
