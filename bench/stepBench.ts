// Samples per second of one training step of TwoLayerNet 784-50-10 (batch 100, SGD lr 0.1):
// the engine's, a plain baseline's, and optionally TensorFlow.js (cpu backend) as a rival.
import type * as Engine from '../src/engine/index';
import { plainStep, type PlainNet } from './plainBaseline';
import { msPerCall } from './timing';

/** A mini-batch: x (n,784) pixels in [0,1], t (n,10) one-hot. */
export interface Batch {
  readonly x: Float32Array;
  readonly t: Float32Array;
}

const [D, H, K] = [784, 50, 10] as const;

/** Samples/s of engine.TwoLayerNet's gradient + SGD update on the batch (any module with the engine's API). */
export async function engineStepSamplesPerSecond(engine: typeof Engine, batch: Batch): Promise<number> {
  const n = batch.t.length / K;
  const net = new engine.TwoLayerNet(D, H, K, { weightInitStd: 0.01, rng: engine.createRng(1) });
  const x = engine.tensor(batch.x, { shape: [n, D] });
  const t = engine.tensor(batch.t, { shape: [n, K] });
  const sgd = new engine.SGD(0.1);
  return (n * 1000) / (await msPerCall(() => sgd.update(net.params, net.gradient(x, t))));
}

/** Samples/s of the same step written plainly (bench/plainBaseline.ts). */
export async function plainStepSamplesPerSecond(engine: typeof Engine, batch: Batch): Promise<number> {
  const n = batch.t.length / K;
  const rng = engine.createRng(1);
  const normal = (size: number) => Float32Array.from({ length: size }, () => rng.normal(0, 0.01));
  const net: PlainNet = {
    W1: normal(D * H),
    b1: new Float32Array(H),
    W2: normal(H * K),
    b2: new Float32Array(K),
    sizes: [D, H, K],
  };
  return (n * 1000) / (await msPerCall(() => void plainStep(net, batch.x, batch.t, n, 0.1), { minCalls: 5 }));
}

/** Samples/s of the step in TensorFlow.js with its cpu backend (plain JS kernels, like ours). */
export async function tfjsStepSamplesPerSecond(batch: Batch): Promise<number> {
  const tf = await import('@tensorflow/tfjs');
  tf.env().set('PROD', true); // production mode: no greeting asking Node users to install tfjs-node
  await tf.setBackend('cpu');
  const n = batch.t.length / K;
  const W1 = tf.variable(tf.randomNormal([D, H], 0, 0.01));
  const b1 = tf.variable(tf.zeros([H]));
  const W2 = tf.variable(tf.randomNormal([H, K], 0, 0.01));
  const b2 = tf.variable(tf.zeros([K]));
  const x = tf.tensor2d(batch.x, [n, D]);
  const t = tf.tensor2d(batch.t, [n, K]);
  const sgd = tf.train.sgd(0.1);
  const step = async () => {
    const loss = sgd.minimize(
      () => tf.losses.softmaxCrossEntropy(t, tf.add(tf.matMul(tf.relu(tf.add(tf.matMul(x, W1), b1)), W2), b2)),
      true,
    );
    await loss?.data();
    loss?.dispose();
  };
  return (n * 1000) / (await msPerCall(step, { minCalls: 5 }));
}
