import { param } from '../kit/params/param';

/** The shuffling seed (only the noisy methods follow it) and the learning rate all three methods share. */
export const sgdCompareParams = {
  seed: param.integer({
    min: 0,
    max: 9999,
    fine: 1,
    book: 42,
    label: { ko: '시드', en: 'Seed' },
    aria: { ko: '난수 시드', en: 'random seed' },
  }),
  lr: param.number({
    min: 0.01,
    max: 1.2,
    step: 0.01,
    fine: 0.001,
    book: 0.1,
    label: { tex: '\\eta' },
    aria: { ko: '학습률 η', en: 'learning rate η' },
  }),
};
