/** Widgets of the layers and training chapters. */
export const layersTags = [] as const;
