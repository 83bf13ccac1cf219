import { param } from '../kit/params/param';
import { bookParams, entryName, type ParamName } from './forwardModel';

/** Every entry of one parameter matrix, row by row, in [−3, 3]; the book's values to start. */
const entries = (name: ParamName) =>
  param.list({
    min: -3,
    max: 3,
    step: 0.1,
    fine: 0.01,
    book: bookParams[name],
    itemName: (i) => entryName(name, i),
    itemLabel: (i) => ({ ko: entryName(name, i), en: entryName(name, i) }),
  });

/** The 3-layer network's input and parameters (one URL key each), and how it is shown. */
export const forwardPassParams = {
  X: entries('X'),
  W1: entries('W1'),
  B1: entries('B1'),
  W2: entries('W2'),
  B2: entries('B2'),
  W3: entries('W3'),
  B3: entries('B3'),
  view: param.oneOf(['diagram', 'matrix'], {
    book: 'diagram',
    labels: { diagram: { ko: '그림', en: 'Diagram' }, matrix: { ko: '행렬', en: 'Matrices' } },
  }),
};
