// Bundled by bench/runBrowser.ts and run as a Web Worker on the built site: the plain typed-array
// baseline step (bench/plainBaseline.ts) and the engine's fused step (src/engine/nets/fastMlp.ts) on the same
// real MNIST batch (784-50-10, batch 100, SGD 0.1), alternating rounds so both see the same machine.
import { createOptimizer, createRng, FastMlp } from '../../src/engine';
import { loadDataset } from '../../src/data/loadDataset';
import { initialParams } from '../../src/worker/trainingRun';
import { plainStep, type PlainNet } from '../plainBaseline';

const [D, H, K, N] = [784, 50, 10, 100] as const;

/** Samples/s of fn (one step of N samples), after warm-up, over at least minMs. */
function samplesPerSec(fn: () => void, minMs = 1500): number {
  for (let i = 0; i < 5; i++) fn();
  let calls = 0;
  const start = performance.now();
  while (performance.now() - start < minMs || calls < 5) {
    fn();
    calls++;
  }
  return (calls * N * 1000) / (performance.now() - start);
}

async function run(): Promise<{ plain: number; fused: number }> {
  const { train } = await loadDataset('mnist');
  const rng = createRng(7);
  const x = new Float32Array(N * D);
  const t = new Float32Array(N * K);
  const labels = new Int32Array(N);
  for (let r = 0; r < N; r++) {
    const row = rng.int(train.count);
    for (let j = 0; j < D; j++) x[r * D + j] = (train.images[row * D + j] ?? 0) / 255;
    labels[r] = train.labels[row] ?? 0;
    t[r * K + (labels[r] ?? 0)] = 1;
  }
  const normal = (size: number) => Float32Array.from({ length: size }, () => rng.normal(0, 0.01));
  const plainNet: PlainNet = {
    W1: normal(D * H),
    b1: new Float32Array(H),
    W2: normal(H * K),
    b2: new Float32Array(K),
    sizes: [D, H, K],
  };
  const net = new FastMlp([D, H, K], 'relu', N, initialParams([D, H, K], 'small', rng));
  const sgd = createOptimizer('sgd', 0.1);
  const label = { kind: 'index' as const, data: labels };
  let [plain, fused] = [0, 0];
  for (let round = 0; round < 3; round++) {
    plain = Math.max(
      plain,
      samplesPerSec(() => plainStep(plainNet, x, t, N, 0.1)),
    );
    fused = Math.max(
      fused,
      samplesPerSec(() => {
        net.step(x, label, N);
        sgd.updateArrays(net.params, net.grads);
      }),
    );
  }
  return { plain, fused };
}

run().then(
  (result) => postMessage({ type: 'baseline/result', ...result }),
  (err: unknown) => postMessage({ type: 'baseline/error', message: String(err) }),
);
