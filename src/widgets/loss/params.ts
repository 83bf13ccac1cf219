import type { Bilingual } from '../../state/lang';
import { param } from '../kit/params/param';

export const lossModes = ['regression', 'classification'] as const;

const amount = (tex: string, book: number, aria: Bilingual) =>
  param.number({ min: 0, max: 200, step: 1, fine: 0.1, book, label: { tex }, aria });
const probability = (k: number, book: number) =>
  param.number({
    min: 0,
    max: 1,
    step: 0.01,
    fine: 0.001,
    book,
    label: { tex: `y_${k}` },
    aria: { ko: `클래스 ${k}의 예측 확률`, en: `predicted probability of class ${k}` },
  });

/** The book's two examples: a regression (y against t) and a 3-class prediction against its label. */
export const lossParams = {
  mode: param.oneOf(lossModes, { book: 'regression' }),
  y1: amount('y_1', 100, { ko: '예측 y1', en: 'predicted y1' }),
  y2: amount('y_2', 80, { ko: '예측 y2', en: 'predicted y2' }),
  t1: amount('t_1', 105, { ko: '실제 t1', en: 'actual t1' }),
  t2: amount('t_2', 78, { ko: '실제 t2', en: 'actual t2' }),
  p1: probability(1, 0.1),
  p2: probability(2, 0.7),
  p3: probability(3, 0.2),
  /** The true class, 0-based (chips say 1 to 3). */
  label: param.integer({ min: 0, max: 2, book: 1, label: { ko: '정답 클래스', en: 'True class' } }),
};
