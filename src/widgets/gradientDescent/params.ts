import { param } from '../kit/params/param';
import type { Range } from '../kit/params/param';
import { surfaceNames, surfaces, type SurfaceName } from './descent';

/** The loss surface the descent runs on. */
export const surfaceParams = {
  surface: param.oneOf(surfaceNames, {
    book: 'bowl',
    labels: { bowl: { ko: '둥근 그릇', en: 'Round bowl' }, valley: { ko: '길쭉한 골짜기', en: 'Long valley' } },
  }),
};

const widest = (axis: 'x' | 'y'): Range => ({
  min: Math.min(...surfaceNames.map((s) => surfaces[s].domain[axis][0])),
  max: Math.max(...surfaceNames.map((s) => surfaces[s].domain[axis][1])),
});

/**
 * The start point and the learning rate. The start's declared range is the widest over all surfaces; a figure
 * narrows it to the chosen surface's picture with `startOn` (codec and slider then clamp alike).
 */
export const descentParams = {
  x0: param.number({ ...widest('x'), step: 0.1, fine: 0.01, book: surfaces.bowl.start[0], label: { tex: 'x_0' } }),
  x1: param.number({ ...widest('y'), step: 0.1, fine: 0.01, book: surfaces.bowl.start[1], label: { tex: 'x_1' } }),
  lr: param.number({
    min: 0.001,
    max: 2,
    step: 0.01,
    fine: 0.001,
    book: 0.1,
    label: { tex: '\\eta' },
    aria: { ko: '학습률 η', en: 'learning rate η' },
  }),
};

/** useParams options for a surface: the start lies in its picture, and the book's start is its own. */
export function startOn(name: SurfaceName) {
  const { domain, start } = surfaces[name];
  return {
    range: { x0: { min: domain.x[0], max: domain.x[1] }, x1: { min: domain.y[0], max: domain.y[1] } },
    book: { x0: start[0], x1: start[1] },
  };
}
