// npm run bench: one table with matmul throughput, the training step against a plain baseline
// (and TensorFlow.js cpu), and the book's full MNIST training recipe.
// BENCH_QUICK=1 skips the full run; BENCH_TFJS=0 skips the TensorFlow.js row.
import * as engine from '../src/engine/index';
import { engineStepBytes } from './allocationCheck';
import { matmulRows, mnistMatmulRows } from './matmulBench';
import { loadMnist, sampleBatch } from './mnist';
import { engineStepSamplesPerSecond, plainStepSamplesPerSecond, tfjsStepSamplesPerSecond } from './stepBench';
import { formatTable, type BenchRow } from './table';
import { trainNeuralNet } from './trainNeuralNet';

const quick = process.env.BENCH_QUICK === '1';
const withTfjs = process.env.BENCH_TFJS !== '0';

async function main(): Promise<void> {
  const rows: BenchRow[] = await matmulRows(engine, engine.getBackend());
  const mnist = loadMnist(engine);
  const batch = sampleBatch(engine, mnist, 100, 7);
  rows.push(...(await mnistMatmulRows(engine, engine.getBackend(), batch.x)));

  const section = 'step 784-50-10, batch 100, SGD';
  // Alternate the two and keep each one's best round, so a busy machine hurts both alike.
  let ours = 0;
  let plain = 0;
  for (let round = 0; round < 3; round++) {
    ours = Math.max(ours, await engineStepSamplesPerSecond(engine, batch));
    plain = Math.max(plain, await plainStepSamplesPerSecond(engine, batch));
  }
  rows.push({
    section,
    name: 'engine TwoLayerNet.gradient + SGD.update',
    value: ours,
    unit: 'samples/s',
    note: `${((100 * 1000) / ours).toFixed(2)} ms/step`,
  });
  rows.push({
    section,
    name: 'plain baseline (naive loops, allocating)',
    value: plain,
    unit: 'samples/s',
    note: `${((100 * 1000) / plain).toFixed(2)} ms/step`,
  });
  rows.push({ section, name: 'ratio engine / plain', value: ours / plain, unit: '×', note: 'target ≥ 3' });
  const bytes = await engineStepBytes(engine, batch);
  rows.push({
    section,
    name: 'engine heap allocation per step',
    value: bytes,
    unit: 'bytes',
    note: 'no buffers, only small temporaries',
  });
  if (withTfjs) {
    const tfjs = await tfjsStepSamplesPerSecond(batch);
    rows.push({
      section,
      name: 'TensorFlow.js 4.22, cpu backend',
      value: tfjs,
      unit: 'samples/s',
      note: `engine is ${(ours / tfjs).toFixed(1)}× this`,
    });
  }

  if (!quick) {
    const full = 'train_neuralnet (MNIST)';
    const result = trainNeuralNet(engine, mnist, { iterations: 10_000, batchSize: 100, learningRate: 0.1, seed: 2024 });
    rows.push({
      section: full,
      name: 'train accuracy (60,000 images)',
      value: result.trainAccuracy,
      unit: '',
      note: `final batch loss ${result.finalLoss.toFixed(4)}`,
    });
    rows.push({
      section: full,
      name: 'test accuracy (10,000 images)',
      value: result.testAccuracy,
      unit: '',
      note: 'target ≥ 0.97',
    });
    rows.push({
      section: full,
      name: 'wall time, 10,000 iterations + 17 evaluations',
      value: result.wallMs / 1000,
      unit: 's',
    });
    rows.push({
      section: full,
      name: 'training throughput (steps only)',
      value: result.samplesPerSecond,
      unit: 'samples/s',
    });
  }
  console.log(formatTable(rows));
}

await main();
