// Every primitive op ends here: wrap its result in a Tensor and, while recording, remember how it was made.
import type { FloatArray } from '../dtype';
import type { Shape } from '../shape';
import { Tensor, type RecordedOp } from '../tensor';
import { isGradEnabled } from './gradMode';
import type { OpAttrs, OpName } from './opAttrs';

/** Options every op accepts: label names the output node in traces, e.g. mul(a, b, { label: 'apple_price' }). */
export interface OpOptions {
  label?: string;
}

/** The output tensor of op applied to inputs; it requires grad if any input does. */
export function record<K extends OpName>(
  op: K,
  inputs: readonly Tensor[],
  attrs: OpAttrs[K],
  data: FloatArray,
  shape: Shape,
  options: OpOptions = {},
): Tensor {
  const recording = isGradEnabled();
  const creator = recording ? ({ op, inputs, attrs } as RecordedOp) : null;
  return new Tensor(data, shape, {
    requiresGrad: recording && inputs.some((t) => t.requiresGrad),
    label: options.label,
    creator,
  });
}
