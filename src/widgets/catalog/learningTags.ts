/** Widgets of the loss-functions and gradient-descent chapters. */
export const learningTags = [] as const;
