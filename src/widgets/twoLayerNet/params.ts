import { param } from '../kit/params/param';

/** The learning rate of the book's TwoLayerNet run (0.1). */
export const twoLayerNetParams = {
  lr: param.number({
    min: 0.001,
    max: 10,
    step: 0.01,
    fine: 0.001,
    book: 0.1,
    label: { tex: '\\eta' },
    aria: { ko: '학습률', en: 'learning rate' },
  }),
};
