/** Widgets of the perceptron chapter. */
export const perceptronTags = ['PerceptronGate', 'XorNetwork'] as const;
