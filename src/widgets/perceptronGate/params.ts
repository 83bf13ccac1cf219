import { param } from '../kit/params/param';
import { gateNames, gatePresets } from '../kit/logic/gates';
import { rowKeys } from '../kit/controls/truthTable';

const weight = (tex: string, book: number) =>
  param.number({ min: -2, max: 2, step: 0.1, fine: 0.01, book, label: { tex } });

/** The perceptron's parameters; the book's weights are the chosen gate's preset (AND unless a chapter says). */
export const perceptronParams = {
  w1: weight('w_1', gatePresets.AND.w1),
  w2: weight('w_2', gatePresets.AND.w2),
  b: weight('b', gatePresets.AND.b),
  gate: param.oneOf(gateNames, { book: 'AND', labels: { XOR: { ko: 'XOR 도전', en: 'Try XOR' } } }),
  row: param.oneOf(rowKeys, { book: '1,1' }),
};
