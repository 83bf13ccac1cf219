/** Widgets of the loss-functions and gradient-descent chapters. */
export const learningTags = ['Loss', 'Advertising', 'GradientDescent', 'SgdCompare', 'InitCompare'] as const;
