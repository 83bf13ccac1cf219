import { param } from '../kit/params/param';

export const layerKinds = ['relu', 'sigmoid', 'affine', 'softmax'] as const;
export type LayerKind = (typeof layerKinds)[number];

/** Which layer the lab shows. */
export const layerLabParams = {
  layer: param.oneOf(layerKinds, {
    book: 'relu',
    labels: { relu: 'ReLU', sigmoid: 'Sigmoid', affine: 'Affine', softmax: 'Softmax-with-Loss' },
  }),
};

/** Classes of the Softmax-with-Loss example. */
export const softmaxClasses = 3;

/** Softmax-with-Loss: the right class of the one example, 0-based (the book's is the second). */
export const softmaxPanelParams = {
  'swl-t': param.integer({
    min: 0,
    max: softmaxClasses - 1,
    book: 1,
    label: { ko: '정답 클래스 t', en: 'The right answer t' },
  }),
};
