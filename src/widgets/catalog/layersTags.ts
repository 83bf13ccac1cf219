/** Widgets of the layers and training chapters. */
export const layersTags = ['LayerLab', 'GradientCheck', 'OptimizerRace', 'TwoLayerNet'] as const;
