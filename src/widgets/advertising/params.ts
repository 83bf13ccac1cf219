import { param } from '../kit/params/param';
import { adFeatures } from '../kit/advertising/advertisingData';

const weight = (j: number) =>
  param.number({
    min: -100,
    max: 100,
    step: 1,
    fine: 0.01,
    book: 0,
    label: { tex: `w_${j + 1}` },
    aria: { ko: `${adFeatures[j]} 가중치 w${j + 1}`, en: `${adFeatures[j]} weight w${j + 1}` },
  });

/** The linear neuron's weights and bias (the book starts them at 0) and the fitting run's learning rate. */
export const advertisingParams = {
  w1: weight(0),
  w2: weight(1),
  w3: weight(2),
  b: param.number({
    min: 0,
    max: 300,
    step: 1,
    fine: 0.01,
    book: 0,
    label: { tex: 'b' },
    aria: { ko: '편향 b', en: 'bias b' },
  }),
  lr: param.number({
    min: 0.01,
    max: 1,
    step: 0.01,
    fine: 0.001,
    book: 0.1,
    label: { tex: '\\eta' },
    aria: { ko: '학습률 η', en: 'learning rate η' },
  }),
};
