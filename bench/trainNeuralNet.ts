// The book's train_neuralnet.py on real MNIST: TwoLayerNet 784-50-10, weight_init_std 0.01,
// mini-batches of 100 drawn at random (with replacement, like np.random.choice) from a fixed seed,
// SGD lr 0.1, accuracy on the full train and test sets once per epoch.
import type * as Engine from '../src/engine/index';
import type { Mnist } from './mnist';

/** Settings of the reference run. */
export interface TrainOptions {
  readonly iterations: number;
  readonly batchSize: number;
  readonly learningRate: number;
  readonly seed: number;
}

/** What the run measured. */
export interface TrainResult {
  readonly trainAccuracy: number;
  readonly testAccuracy: number;
  readonly finalLoss: number;
  /** Wall time of the whole run including the per-epoch evaluations, ms. */
  readonly wallMs: number;
  /** Training samples per second over the training steps only. */
  readonly samplesPerSecond: number;
  readonly testAccuracyPerEpoch: readonly number[];
}

function asTensors(engine: typeof Engine, images: Uint8Array, labels: Uint8Array): { x: Engine.Tensor; t: Int32Array } {
  const n = labels.length;
  const x = engine.zeros([n, 784]);
  engine.gatherImagesInPlace(
    images,
    784,
    Int32Array.from({ length: n }, (_, i) => i),
    x.data,
  );
  return { x, t: Int32Array.from(labels) };
}

/** Runs the recipe and reports accuracies and speed. */
export function trainNeuralNet(engine: typeof Engine, mnist: Mnist, options: TrainOptions): TrainResult {
  const start = performance.now();
  const rng = engine.createRng(options.seed);
  const net = new engine.TwoLayerNet(784, 50, 10, { weightInitStd: 0.01, rng });
  const sgd = new engine.SGD(options.learningRate);
  const train = asTensors(engine, mnist.trainImages, mnist.trainLabels);
  const test = asTensors(engine, mnist.testImages, mnist.testLabels);
  const trainSize = mnist.trainLabels.length;
  const iterPerEpoch = Math.max(Math.floor(trainSize / options.batchSize), 1);
  const rows = new Int32Array(options.batchSize);
  const x = engine.zeros([options.batchSize, 784]);
  const t = engine.zeros([options.batchSize, 10]);
  const testAccuracyPerEpoch: number[] = [];
  let stepMs = 0;
  for (let i = 0; i < options.iterations; i++) {
    const stepStart = performance.now();
    for (let r = 0; r < rows.length; r++) rows[r] = rng.int(trainSize);
    engine.gatherImagesInPlace(mnist.trainImages, 784, rows, x.data);
    engine.gatherOneHotInPlace(mnist.trainLabels, 10, rows, t.data);
    sgd.update(net.params, net.gradient(x, t));
    stepMs += performance.now() - stepStart;
    if (i % iterPerEpoch === 0) testAccuracyPerEpoch.push(net.accuracy(test.x, test.t));
  }
  return {
    trainAccuracy: net.accuracy(train.x, train.t),
    testAccuracy: net.accuracy(test.x, test.t),
    finalLoss: net.lastLayer.loss,
    wallMs: performance.now() - start,
    samplesPerSecond: (options.iterations * options.batchSize * 1000) / stepMs,
    testAccuracyPerEpoch,
  };
}
