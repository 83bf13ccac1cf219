import type { LayersTag } from './types';

/** The layers and training chapters: tag → lazily loaded widget (see perceptronWidgets.tsx for the pattern). */
export const layersWidgets = {} satisfies Record<LayersTag, unknown>;
