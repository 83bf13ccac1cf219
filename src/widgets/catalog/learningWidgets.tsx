import type { LearningTag } from './types';
import { widget } from './widget';

/** The loss-functions and gradient-descent chapters: tag → lazily loaded widget. */
export const learningWidgets = {
  Loss: widget('Loss', () => import('../loss/Loss')),
  Advertising: widget('Advertising', () => import('../advertising/Advertising')),
  GradientDescent: widget('GradientDescent', () => import('../gradientDescent/GradientDescent')),
  SgdCompare: widget('SgdCompare', () => import('../sgdCompare/SgdCompare')),
  InitCompare: widget('InitCompare', () => import('../initCompare/InitCompare'), { heavy: true }),
} satisfies Record<LearningTag, unknown>;
