import { param } from '../kit/params/param';
import { collapseModes } from './collapse';

const value = (tex: string, book: number) =>
  param.number({ min: -5, max: 5, step: 0.1, fine: 0.01, book, label: { tex } });

/** The three layers' activation h, the linear layers' weight c, and the input x. */
export const collapseParams = {
  h: param.oneOf(collapseModes, {
    book: 'linear',
    labels: { linear: { ko: '선형 h(x) = c·x', en: 'Linear h(x) = c·x' }, relu: 'ReLU' },
  }),
  c: param.number({ min: -3, max: 3, step: 0.1, fine: 0.01, book: 2, label: { tex: 'c' } }),
  x: value('x', 1.5),
};

/** The numbers the linearity checks try: h(k·x₁) against k·h(x₁), h(x₁ + x₂) against h(x₁) + h(x₂). */
export const linearityParams = {
  k: value('k', 2),
  x1: value('x_1', 1),
  x2: value('x_2', -1),
};
