// The MNIST format as the book uses it (Fashion-MNIST shares it): 28×28 grey images stored as bytes
// 0–255, and 10 classes. Every size and scale in the trainer, the data loader and the model file comes from here.

/** Pixels along each side of an image. */
export const MNIST_SIDE = 28;
/** Pixels per image, which is the network's input size: 28 · 28 = 784. */
export const MNIST_PIXELS = MNIST_SIDE * MNIST_SIDE;
/** Classes (the digits 0–9, or Fashion-MNIST's ten kinds of clothing), which is the network's output size. */
export const MNIST_CLASSES = 10;
/** The largest pixel byte: a network input is byte / PIXEL_MAX, in [0, 1]. */
export const PIXEL_MAX = 255;
