// The trainer's settings as the reader sets them (shareable through the URL), the presets, and
// how they become the worker's TrainConfig.
import type { Activation, OptimizerName, TrainConfig, TrainDataset, WeightInitName } from '../../worker/client';

export interface TrainerSettings {
  dataset: TrainDataset;
  hiddenLayers: number;
  hiddenSize: number;
  activation: Activation;
  optimizer: TrainerOptimizer;
  /** log₁₀ of the learning rate, so the slider spans 0.0001…1000 evenly. */
  log10LearningRate: number;
  batchSize: number;
  epochs: number;
  /** Steps to stop after; 0 = run all epochs. */
  iterations: number;
  weightInit: WeightInitName;
  seed: number;
}

export const datasetNames = ['mnist', 'fashion'] as const satisfies readonly TrainDataset[];
export const activationNames = ['relu', 'sigmoid'] as const satisfies readonly Activation[];
export const optimizerNames = ['sgd', 'momentum', 'adam'] as const satisfies readonly OptimizerName[];
/** The optimizers the trainer offers (the three; the engine also has AdaGrad). */
export type TrainerOptimizer = (typeof optimizerNames)[number];
export const weightInitNames = ['he', 'xavier', 'small'] as const satisfies readonly WeightInitName[];

export const presetNames = ['fast', 'book', 'softmax'] as const;
export type PresetName = (typeof presetNames)[number];

/** fast: the defaults (784-128-10, Adam 0.001, batch 32: passed 97% test accuracy in epoch 2 in our runs); book: the notes' train_neuralnet
 * run (784-50-10, SGD 0.1, batch 100, 10,000 iterations); softmax: no hidden layer, for Fashion-MNIST. */
export const presets: Record<PresetName, TrainerSettings> = {
  fast: {
    dataset: 'mnist',
    hiddenLayers: 1,
    hiddenSize: 128,
    activation: 'relu',
    optimizer: 'adam',
    log10LearningRate: -3,
    batchSize: 32,
    epochs: 4,
    iterations: 0,
    weightInit: 'he',
    seed: 1,
  },
  book: {
    dataset: 'mnist',
    hiddenLayers: 1,
    hiddenSize: 50,
    activation: 'relu',
    optimizer: 'sgd',
    log10LearningRate: -1,
    batchSize: 100,
    epochs: 17,
    iterations: 10_000,
    weightInit: 'small',
    seed: 1,
  },
  softmax: {
    dataset: 'fashion',
    hiddenLayers: 0,
    hiddenSize: 100,
    activation: 'relu',
    optimizer: 'sgd',
    log10LearningRate: -1,
    batchSize: 100,
    epochs: 10,
    iterations: 0,
    weightInit: 'small',
    seed: 1,
  },
};

/** The learning rate a log₁₀ setting stands for, rounded to 3 significant digits (0.001995… → 0.002). */
export function learningRateOf(log10: number): number {
  return Number((10 ** log10).toPrecision(3));
}

/** The worker's configuration for these settings. */
export function toConfig(s: TrainerSettings): TrainConfig {
  return {
    dataset: s.dataset,
    hidden: Array.from({ length: s.hiddenLayers }, () => s.hiddenSize),
    activation: s.activation,
    optimizer: s.optimizer,
    learningRate: learningRateOf(s.log10LearningRate),
    batchSize: s.batchSize,
    epochs: s.epochs,
    maxSteps: s.iterations,
    weightInit: s.weightInit,
    seed: s.seed,
    workers: 1, // a property of the reader's machine, not of the shared settings: the trainer sets it
  };
}

/** The preset these settings equal, if any (its chip shows pressed). */
export function matchingPreset(s: TrainerSettings): PresetName | null {
  return (
    presetNames.find((p) => (Object.keys(s) as (keyof TrainerSettings)[]).every((k) => presets[p][k] === s[k])) ?? null
  );
}
