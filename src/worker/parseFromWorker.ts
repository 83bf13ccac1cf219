// The page's boundary: every message from the training worker is checked field by field (types,
// ranges, buffer lengths) before the trainer shows it, so a broken worker cannot put junk on screen.
import { activationNames, MNIST_CLASSES, MNIST_PIXELS } from '../engine';
import {
  anyNumber,
  boolean,
  FieldError,
  fieldsOf,
  objectOf,
  finiteIn,
  integerIn,
  listOf,
  oneOf,
  text,
  typedArray,
} from './fieldChecks';
import { parameterCount } from './mlpShape';
import type { Parsed } from './parseToWorker';
import { trainBackends, trainDatasets, type FromWorker, type ModelWeights, type TrainResults } from './protocol';
import { trainLimits } from './trainLimits';

const count = { min: 0, max: Number.MAX_SAFE_INTEGER };
const fraction = { min: 0, max: 1 };
const label = { min: 0, max: MNIST_CLASSES - 1 };
/** Longest text the worker may send (an error message, a class name). */
const MAX_TEXT = 2000;

function parseModel(v: unknown): ModelWeights {
  const f = fieldsOf(v, 'model', ['sizes', 'activation', 'dataset', 'params', 'testAccuracy']);
  const { hiddenLayers, hiddenSize } = trainLimits;
  const sizes = listOf(f.sizes, 'model.sizes', { min: hiddenLayers.min + 2, max: hiddenLayers.max + 2 }).map(
    (s, i, all) =>
      i === 0 || i === all.length - 1
        ? integerIn(
            s,
            `model.sizes[${i}]`,
            i === 0 ? { min: MNIST_PIXELS, max: MNIST_PIXELS } : { min: MNIST_CLASSES, max: MNIST_CLASSES },
          )
        : integerIn(s, `model.sizes[${i}]`, hiddenSize),
  );
  const layers = sizes.length - 1;
  const params = listOf(f.params, 'model.params', { min: 2 * layers, max: 2 * layers }).map((p, i) => {
    const l = Math.floor(i / 2);
    const [fanIn, fanOut] = [sizes[l] ?? 0, sizes[l + 1] ?? 0];
    return typedArray(p, `model.params[${i}]`, Float32Array, i % 2 === 0 ? fanIn * fanOut : fanOut);
  });
  const total = params.reduce((a, p) => a + p.length, 0);
  if (total !== parameterCount(sizes)) throw new FieldError('model.params do not fit model.sizes');
  return {
    sizes,
    activation: oneOf(f.activation, 'model.activation', activationNames),
    dataset: oneOf(f.dataset, 'model.dataset', trainDatasets),
    params,
    testAccuracy: finiteIn(f.testAccuracy, 'model.testAccuracy', fraction),
  };
}

function parseResults(v: unknown): TrainResults {
  const f = fieldsOf(v, 'results', ['confusion', 'wrongPixels', 'wrongPredicted', 'wrongLabels']);
  const wrongLabels = typedArray(f.wrongLabels, 'results.wrongLabels', Uint8Array);
  const n = wrongLabels.length;
  const wrongPredicted = typedArray(f.wrongPredicted, 'results.wrongPredicted', Uint8Array, n);
  for (const [name, a] of [
    ['wrongLabels', wrongLabels],
    ['wrongPredicted', wrongPredicted],
  ] as const) {
    a.forEach((c, i) => integerIn(c, `results.${name}[${i}]`, label));
  }
  return {
    confusion: typedArray(f.confusion, 'results.confusion', Int32Array, MNIST_CLASSES * MNIST_CLASSES),
    wrongPixels: typedArray(f.wrongPixels, 'results.wrongPixels', Uint8Array, n * MNIST_PIXELS),
    wrongPredicted,
    wrongLabels,
  };
}

const fromWorkerKeys: {
  readonly [K in FromWorker['type']]: readonly Exclude<keyof Extract<FromWorker, { type: K }>, 'type'>[];
} = {
  'data/progress': ['loaded', 'total'],
  'train/started': ['totalSteps', 'stepsPerEpoch', 'classes', 'backend', 'backendNote', 'workers'],
  'train/progress': ['step', 'losses', 'samplesPerSec', 'elapsedMs'],
  'train/epoch': ['epoch', 'step', 'trainAcc', 'testAcc'],
  'train/paused': [],
  'train/resumed': [],
  'train/done': ['stopped', 'model', 'results'],
  'train/diverged': ['step', 'loss'],
  'train/error': ['message'],
};
const fromWorkerTypes = Object.keys(fromWorkerKeys) as FromWorker['type'][];

function parseMessage(data: unknown): FromWorker {
  const head = objectOf(data, 'the message');
  const type = oneOf(head.type, 'the message type', fromWorkerTypes);
  const f = fieldsOf(data, type, ['type', ...fromWorkerKeys[type]]);
  switch (type) {
    case 'data/progress':
      return { type, loaded: integerIn(f.loaded, 'loaded', count), total: integerIn(f.total, 'total', count) };
    case 'train/started':
      return {
        type,
        totalSteps: integerIn(f.totalSteps, 'totalSteps', count),
        stepsPerEpoch: integerIn(f.stepsPerEpoch, 'stepsPerEpoch', { min: 1, max: count.max }),
        classes: listOf(f.classes, 'classes', { min: MNIST_CLASSES, max: MNIST_CLASSES }).map((c, i) =>
          text(c, `classes[${i}]`, 40),
        ),
        backend: oneOf(f.backend, 'backend', trainBackends),
        backendNote: text(f.backendNote, 'backendNote', MAX_TEXT),
        workers: integerIn(f.workers, 'workers', trainLimits.workers),
      };
    case 'train/progress':
      return {
        type,
        step: integerIn(f.step, 'step', count),
        losses: typedArray(f.losses, 'losses', Float32Array),
        samplesPerSec: finiteIn(f.samplesPerSec, 'samplesPerSec', { min: 0, max: Number.MAX_VALUE }),
        elapsedMs: finiteIn(f.elapsedMs, 'elapsedMs', { min: 0, max: Number.MAX_VALUE }),
      };
    case 'train/epoch':
      return {
        type,
        epoch: integerIn(f.epoch, 'epoch', count),
        step: integerIn(f.step, 'step', count),
        trainAcc: finiteIn(f.trainAcc, 'trainAcc', fraction),
        testAcc: finiteIn(f.testAcc, 'testAcc', fraction),
      };
    case 'train/paused':
    case 'train/resumed':
      return { type };
    case 'train/done':
      return {
        type,
        stopped: boolean(f.stopped, 'stopped'),
        model: parseModel(f.model),
        results: parseResults(f.results),
      };
    case 'train/diverged':
      return { type, step: integerIn(f.step, 'step', count), loss: anyNumber(f.loss, 'loss') };
    case 'train/error':
      return { type, message: text(f.message, 'message', MAX_TEXT) };
  }
}

/** Checks a message arriving from the worker: every field, every buffer's length; no field missing or extra. */
export function parseFromWorker(data: unknown): Parsed<FromWorker> {
  try {
    return { ok: true, msg: parseMessage(data) };
  } catch (err) {
    if (err instanceof FieldError) return { ok: false, error: err.message };
    throw err;
  }
}
