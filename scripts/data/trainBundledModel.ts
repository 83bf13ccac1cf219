// Reproduces public/models/mnist-784-50-10.nnmodel, the drawing pad's bundled pre-trained model:
// 784-50-10 ReLU, He init, Adam (lr 0.001), batch 100, 10 epochs, seed 7, on MNIST's 60,000 training
// images (from public/data/, so run `npm run data` first). Prints the test accuracy on the 10,000 test images.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DATA_DIR, MANIFEST_FILE, parseManifest, type SplitInfo } from '../../src/data/manifest';
import { BUNDLED_MODEL_FILE } from '../../src/widgets/kit/mnist/bundledModel';
import { encodeModel } from '../../src/worker/modelFile';
import type { TrainConfig } from '../../src/worker/protocol';
import { TrainingRun, type SplitBytes } from '../../src/worker/trainingRun';

export const bundledConfig: TrainConfig = {
  dataset: 'mnist',
  hidden: [50],
  activation: 'relu',
  optimizer: 'adam',
  learningRate: 0.001,
  batchSize: 100,
  epochs: 10,
  maxSteps: 0,
  weightInit: 'he',
  seed: 7,
  workers: 1,
};

const dir = join(process.cwd(), 'public', DATA_DIR);

/** A split read back from the shards that `npm run data` wrote. */
export function readSplit(split: SplitInfo): SplitBytes {
  const gun = (file: string) => new Uint8Array(gunzipSync(readFileSync(join(dir, file))));
  return {
    count: split.count,
    images: new Uint8Array(Buffer.concat(split.images.map((s) => gun(s.file)))),
    labels: gun(split.labels.file),
  };
}

function main(): void {
  const mnist = parseManifest(JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8'))).datasets.mnist;
  const run = new TrainingRun(bundledConfig, readSplit(mnist.train), readSplit(mnist.test));
  const started = performance.now();
  while (!run.done) {
    run.trainStep();
    if (run.atEpochEnd) {
      const { trainAcc, testAcc } = run.evaluate();
      console.log(
        `epoch ${run.epoch}: train ${trainAcc.toFixed(4)} test ${testAcc.toFixed(4)} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
      );
    }
  }
  const model = run.model();
  const bytes = encodeModel(model);
  writeFileSync(join(process.cwd(), 'public', 'models', BUNDLED_MODEL_FILE), bytes);
  console.log(`wrote public/models/${BUNDLED_MODEL_FILE}: ${bytes.length} bytes, test accuracy ${model.testAccuracy}`);
}

if (process.argv[1]?.endsWith('trainBundledModel.ts')) main();
