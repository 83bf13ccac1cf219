import type { Bilingual } from '../../state/lang';
import { trainLimits } from '../../worker/client';
import { param } from '../kit/params/param';
import {
  activationNames,
  datasetNames,
  optimizerNames,
  presetNames,
  presets,
  weightInitNames,
  type TrainerSettings,
} from './trainerSettings';

const book = presets.fast;
type Limit = { readonly min: number; readonly max: number };
/** An integer setting whose range is the worker's own limit (one source for the slider, the link and the worker). */
const count = (key: keyof TrainerSettings & keyof typeof book, limit: Limit, label: Bilingual, step = 1) =>
  param.integer({ min: limit.min, max: limit.max, step, book: book[key] as number, label });

/** Every setting of the trainer, under its own URL key; the book's values are the "fast" preset's. */
export const trainerParams = {
  dataset: param.oneOf(datasetNames, {
    book: book.dataset,
    label: { ko: '데이터셋', en: 'Data set' },
    labels: { mnist: 'MNIST', fashion: 'Fashion-MNIST' },
  }),
  hiddenLayers: count('hiddenLayers', trainLimits.hiddenLayers, { ko: '은닉층 수', en: 'hidden layers' }),
  hiddenSize: count('hiddenSize', trainLimits.hiddenSize, { ko: '은닉 뉴런', en: 'units per layer' }),
  activation: param.oneOf(activationNames, {
    book: book.activation,
    label: { ko: '활성화 함수', en: 'Activation' },
    labels: { relu: 'ReLU', sigmoid: 'Sigmoid' },
  }),
  optimizer: param.oneOf(optimizerNames, {
    book: book.optimizer,
    label: { ko: '옵티마이저', en: 'Optimizer' },
    labels: { sgd: 'SGD', momentum: 'Momentum', adam: 'Adam' },
  }),
  /** log₁₀ of the learning rate, so the slider spans 0.0001…1000 evenly. */
  log10LearningRate: param.number({
    min: Math.log10(trainLimits.learningRate.min),
    max: Math.log10(trainLimits.learningRate.max),
    step: 0.1,
    book: book.log10LearningRate,
    label: { ko: 'log₁₀ 학습률', en: 'log₁₀ learning rate' },
  }),
  batchSize: count('batchSize', trainLimits.batchSize, { ko: '배치 크기', en: 'batch size' }),
  epochs: count('epochs', trainLimits.epochs, { ko: '에폭', en: 'epochs' }),
  iterations: count(
    'iterations',
    trainLimits.maxSteps,
    { ko: '최대 단계 (0 = 제한 없음)', en: 'max steps (0 = no limit)' },
    100,
  ),
  weightInit: param.oneOf(weightInitNames, {
    book: book.weightInit,
    label: { ko: '가중치 초기화', en: 'Weight init' },
    labels: { he: 'He', xavier: 'Xavier', small: 'N(0, 0.01²)' },
  }),
  seed: count('seed', trainLimits.seed, { ko: '시드', en: 'seed' }),
} satisfies Record<keyof TrainerSettings, unknown>;

/** The preset a shared link starts from (the settings then override it key by key). */
export const trainerStartParams = {
  preset: param.oneOf(presetNames, { book: 'fast' }),
};
