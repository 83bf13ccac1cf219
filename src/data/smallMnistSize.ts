/** The small MNIST subset: the first 1,000 training and the first 500 test images of MNIST. */
export const SMALL_TRAIN_COUNT = 1000;
export const SMALL_TEST_COUNT = 500;
