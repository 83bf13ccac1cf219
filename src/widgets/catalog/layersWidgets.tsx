import type { LayersTag } from './types';
import { widget } from './widget';

/** The layers and training chapters: tag → lazily loaded widget. */
export const layersWidgets = {
  LayerLab: widget('LayerLab', () => import('../layerLab/LayerLab')),
  GradientCheck: widget('GradientCheck', () => import('../gradientCheck/GradientCheck'), { heavy: true }),
  OptimizerRace: widget('OptimizerRace', () => import('../optimizerRace/OptimizerRace')),
  TwoLayerNet: widget('TwoLayerNet', () => import('../twoLayerNet/TwoLayerNet'), { heavy: true }),
} satisfies Record<LayersTag, unknown>;
