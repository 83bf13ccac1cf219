// The worker's boundary: every message from the page is checked field by field before the worker acts
// on it. A malformed or out-of-range message is refused with a sentence the trainer shows as text.
import { activationNames, optimizerNames } from '../engine';
import { FieldError, fieldsOf, finiteIn, integerIn, listOf, objectOf, oneOf } from './fieldChecks';
import { trainDatasets, weightInitNames, type ToWorker, type TrainConfig } from './protocol';
import { trainLimits } from './trainLimits';

/** A checked message, or why it was refused. */
export type Parsed<T> = { readonly ok: true; readonly msg: T } | { readonly ok: false; readonly error: string };

const configKeys = [
  'dataset',
  'hidden',
  'activation',
  'optimizer',
  'learningRate',
  'batchSize',
  'epochs',
  'maxSteps',
  'weightInit',
  'seed',
  'workers',
] as const satisfies readonly (keyof TrainConfig)[];

function parseConfig(v: unknown): TrainConfig {
  const f = fieldsOf(v, 'config', configKeys);
  const hidden = listOf(f.hidden, 'config.hidden', {
    min: trainLimits.hiddenLayers.min,
    max: trainLimits.hiddenLayers.max,
  });
  return {
    dataset: oneOf(f.dataset, 'config.dataset', trainDatasets),
    hidden: hidden.map((h, i) => integerIn(h, `config.hidden[${i}]`, trainLimits.hiddenSize)),
    activation: oneOf(f.activation, 'config.activation', activationNames),
    optimizer: oneOf(f.optimizer, 'config.optimizer', optimizerNames),
    learningRate: finiteIn(f.learningRate, 'config.learningRate', trainLimits.learningRate),
    batchSize: integerIn(f.batchSize, 'config.batchSize', trainLimits.batchSize),
    epochs: integerIn(f.epochs, 'config.epochs', trainLimits.epochs),
    maxSteps: integerIn(f.maxSteps, 'config.maxSteps', trainLimits.maxSteps),
    weightInit: oneOf(f.weightInit, 'config.weightInit', weightInitNames),
    seed: integerIn(f.seed, 'config.seed', trainLimits.seed),
    workers: integerIn(f.workers, 'config.workers', trainLimits.workers),
  };
}

const toWorkerTypes = [
  'train/start',
  'train/pause',
  'train/resume',
  'train/stop',
] as const satisfies readonly ToWorker['type'][];

function parseMessage(data: unknown): ToWorker {
  const head = objectOf(data, 'the message');
  const type = oneOf(head.type, 'the message type', toWorkerTypes);
  switch (type) {
    case 'train/start':
      return { type, config: parseConfig(fieldsOf(data, type, ['type', 'config']).config) };
    case 'train/pause':
    case 'train/resume':
    case 'train/stop':
      fieldsOf(data, type, ['type']);
      return { type };
  }
}

/** Checks a message arriving at the worker: every field's type, range and name; no field missing or extra. */
export function parseToWorker(data: unknown): Parsed<ToWorker> {
  try {
    return { ok: true, msg: parseMessage(data) };
  } catch (err) {
    if (err instanceof FieldError) return { ok: false, error: `the trainer refused the message: ${err.message}` };
    throw err;
  }
}
