/** Widgets of the mnist chapter (trainer and drawing pad). */
export const mnistTags = ['MnistTrainer', 'DigitPad'] as const;
