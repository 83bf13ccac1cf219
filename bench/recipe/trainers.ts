// The contenders of the recipe: our wasm step (everything resident), our TypeScript step (FastMlp and
// the SGD optimizer, as the worker trains today), and TensorFlow.js 4.22 on its wasm backend.
import type { Tensor2D } from '@tensorflow/tfjs';
import type * as Engine from '../../src/engine/index';
import { RECIPE, type RecipeTrainer, type Split } from './recipe';

const [D, H, K] = RECIPE.sizes;
const EVAL = 1000;

function countCorrect(
  engine: typeof Engine,
  probs: Float32Array,
  labels: Uint8Array,
  start: number,
  n: number,
  predicted: Int32Array,
): number {
  engine.argmaxRowsInPlace(probs, n, K, predicted);
  let correct = 0;
  for (let r = 0; r < n; r++) if (predicted[r] === labels[start + r]) correct++;
  return correct;
}

export function wasmTrainer(
  engine: typeof Engine,
  kernels: Engine.WasmKernels,
  params: Float32Array[],
  train: Split,
  test: Split,
): RecipeTrainer {
  const net = new engine.WasmMlp(kernels, RECIPE.sizes, 'relu', RECIPE.batch, params, {
    optimizer: { name: 'sgd', lr: RECIPE.lr },
    train,
    test,
    evalRows: EVAL,
  });
  const predicted = new Int32Array(EVAL);
  return {
    step(order, offset, n) {
      const loss = net.stepOnRows(order, offset, n);
      net.update();
      return loss;
    },
    testAccuracy() {
      let correct = 0;
      for (let s = 0; s < test.count; s += EVAL) {
        const n = Math.min(EVAL, test.count - s);
        correct += countCorrect(engine, net.probabilitiesOfSplit('test', s, n), test.labels, s, n, predicted);
      }
      return correct / test.count;
    },
  };
}

export function typescriptTrainer(
  engine: typeof Engine,
  params: Float32Array[],
  train: Split,
  test: Split,
): RecipeTrainer {
  const net = new engine.FastMlp(
    RECIPE.sizes,
    'relu',
    RECIPE.batch,
    params.map((p) => p.slice()),
    EVAL,
  );
  const sgd = engine.createOptimizer('sgd', RECIPE.lr);
  const x = new Float32Array(RECIPE.batch * D);
  const labels = new Int32Array(RECIPE.batch);
  const evalX = new Float32Array(EVAL * D);
  const evalRows = new Int32Array(EVAL);
  const predicted = new Int32Array(EVAL);
  return {
    step(order, offset, n) {
      const rows = order.subarray(offset, offset + n);
      engine.gatherImagesInPlace(train.images, D, rows, x);
      for (let r = 0; r < n; r++) labels[r] = train.labels[rows[r] ?? 0] ?? 0;
      const loss = net.step(x, { kind: 'index', data: labels }, n);
      sgd.updateArrays(net.params, net.grads);
      return loss;
    },
    testAccuracy() {
      let correct = 0;
      for (let s = 0; s < test.count; s += EVAL) {
        const n = Math.min(EVAL, test.count - s);
        for (let r = 0; r < n; r++) evalRows[r] = s + r;
        engine.gatherImagesInPlace(test.images, D, evalRows.subarray(0, n), evalX);
        correct += countCorrect(engine, net.probabilities(evalX, n), test.labels, s, n, predicted);
      }
      return correct / test.count;
    },
  };
}

/**
 * TensorFlow.js with its wasm backend (XNNPACK; one thread on a 2-core machine). wasmPaths: where its
 * .wasm files are served (in a browser); Node finds them itself. The batch is gathered the same way and
 * uploaded as a tensor each step; the loss is read each step, as every contender's is.
 */
export async function tfjsWasmTrainer(
  engine: typeof Engine,
  params: Float32Array[],
  train: Split,
  test: Split,
  wasmPaths?: string,
): Promise<RecipeTrainer> {
  const tf = await import('@tensorflow/tfjs');
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  if (wasmPaths) wasm.setWasmPaths(wasmPaths);
  tf.env().set('PROD', true);
  if (!(await tf.setBackend('wasm'))) throw new Error('tfjs: the wasm backend did not initialise');
  await tf.ready();
  const [w1, b1, w2, b2] = params;
  const W1 = tf.variable(tf.tensor2d(w1 ?? [], [D, H]));
  const B1 = tf.variable(tf.tensor1d(b1 ?? []));
  const W2 = tf.variable(tf.tensor2d(w2 ?? [], [H, K]));
  const B2 = tf.variable(tf.tensor1d(b2 ?? []));
  const sgd = tf.train.sgd(RECIPE.lr);
  const x = new Float32Array(RECIPE.batch * D);
  const labels = new Int32Array(RECIPE.batch);
  const logits = (xs: Tensor2D) => tf.add(tf.matMul(tf.relu(tf.add(tf.matMul(xs, W1), B1)), W2), B2);
  return {
    step(order, offset, n) {
      const rows = order.subarray(offset, offset + n);
      engine.gatherImagesInPlace(train.images, D, rows, x);
      for (let r = 0; r < n; r++) labels[r] = train.labels[rows[r] ?? 0] ?? 0;
      const xs = tf.tensor2d(x, [n, D]);
      const ys = tf.tidy(() => tf.oneHot(tf.tensor1d(labels, 'int32'), K));
      const loss = sgd.minimize(() => tf.losses.softmaxCrossEntropy(ys, logits(xs)), true);
      const value = loss?.dataSync()[0] ?? NaN;
      tf.dispose([xs, ys, loss ?? xs]);
      return value;
    },
    testAccuracy() {
      let correct = 0;
      const evalX = new Float32Array(EVAL * D);
      const rows = new Int32Array(EVAL);
      for (let s = 0; s < test.count; s += EVAL) {
        const n = Math.min(EVAL, test.count - s);
        for (let r = 0; r < n; r++) rows[r] = s + r;
        engine.gatherImagesInPlace(test.images, D, rows.subarray(0, n), evalX);
        const predicted = tf.tidy(() => tf.argMax(logits(tf.tensor2d(evalX.subarray(0, n * D), [n, D])), 1).dataSync());
        for (let r = 0; r < n; r++) if (predicted[r] === test.labels[s + r]) correct++;
      }
      return correct / test.count;
    },
  };
}
