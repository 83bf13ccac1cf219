import type { MnistTag } from './types';
import { widget } from './widget';

/** The mnist chapter (trainer and drawing pad): tag → lazily loaded widget; both are heavy (start on scroll). */
export const mnistWidgets = {
  MnistTrainer: widget('MnistTrainer', () => import('../mnistTrainer/MnistTrainer'), { heavy: true }),
  DigitPad: widget('DigitPad', () => import('../digitPad/DigitPad'), { heavy: true }),
} satisfies Record<MnistTag, unknown>;
