import { param } from '../kit/params/param';
import { activations, initNames } from './initStats';

/** The initialisation and the activation the five layers use (the book starts at std 1 with the sigmoid). */
export const initCompareParams = {
  init: param.oneOf(initNames, {
    book: 'std1',
    labels: {
      zero: { ko: '0으로', en: 'Zero' },
      std1: { ko: '표준편차 1', en: 'std 1' },
      std001: { ko: '표준편차 0.01', en: 'std 0.01' },
      xavier: { ko: 'Xavier (1/√n)', en: 'Xavier (1/√n)' },
      he: { ko: 'He (√(2/n))', en: 'He (√(2/n))' },
    },
  }),
  activation: param.oneOf(activations, { book: 'sigmoid', labels: { sigmoid: 'Sigmoid', relu: 'ReLU' } }),
};
