// Reverse-mode autodiff: walk the graph from the output back to the leaves, asking each op's
// gradient rule to turn ∂out/∂(its output) into ∂out/∂(each input). Where a value feeds several
// ops (fan-out), the contributions add up: the multivariable chain rule.
import { getBackend } from '../backend/backend';
import { allocate } from '../dtype';
import { shapeString, sameShape } from '../shape';
import { Tensor, full, installBackward, type RecordedOp } from '../tensor';
import { noGrad } from './gradMode';
import { gradients, type GradRule } from './gradients';
import type { OpName } from './opAttrs';
import { topoSort } from './topoSort';

function runRule<K extends OpName>(creator: RecordedOp<K>, dy: Tensor, y: Tensor): readonly (Tensor | null)[] {
  const rule: GradRule<K> = gradients[creator.op];
  return rule(dy, creator, y);
}

/** For y = op(x₁…xₙ) and dy = ∂L/∂y (y's shape): the rule's ∂L/∂xᵢ per input (xᵢ's shape; null where xᵢ needs none); [] for a leaf. */
export function inputGradients(y: Tensor, dy: Tensor): readonly (Tensor | null)[] {
  return y.creator ? runRule(y.creator, dy, y) : [];
}

/** previous + g as a new tensor with the dtype of `like` (the tensor this is a gradient of). */
function accumulate(previous: Tensor | null | undefined, g: Tensor, like: Tensor): Tensor {
  if (!previous && g.dtype === like.dtype) return g;
  const out = new Tensor(allocate(like.dtype, g.size), like.shape);
  if (previous) getBackend().binaryInPlace('add', previous.data, previous.shape, g.data, g.shape, out.data, out.shape);
  else out.data.set(g.data);
  return out;
}

function seedFor(root: Tensor, seed: Tensor | number | undefined): Tensor {
  if (seed === undefined) {
    if (root.size !== 1) {
      throw new Error(
        `backward: the output has shape ${shapeString(root.shape)}, not a single number; pass a seed gradient of that shape, or reduce it first (e.g. sum)`,
      );
    }
    return full(root.shape, 1, { dtype: root.dtype });
  }
  if (typeof seed === 'number') return full(root.shape, seed, { dtype: root.dtype });
  if (!sameShape(seed.shape, root.shape)) {
    throw new Error(
      `backward: seed shape ${shapeString(seed.shape)} does not match output shape ${shapeString(root.shape)}`,
    );
  }
  return seed;
}

/** Fills .grad of every node that requires grad in root's graph with ∂root/∂node (seed = ∂L/∂root). */
export function backwardFrom(root: Tensor, seed?: Tensor | number): void {
  const start = seedFor(root, seed);
  if (!root.requiresGrad) {
    throw new Error(
      'backward: nothing this output depends on requires grad; create its inputs with { requiresGrad: true } (and outside noGrad)',
    );
  }
  const order = topoSort(root);
  const pending = new Map<Tensor, Tensor>([[root, start]]);
  noGrad(() => {
    for (let i = order.length - 1; i >= 0; i--) {
      const node = order[i];
      const dy = node && pending.get(node);
      if (!node || !dy || !node.requiresGrad) continue;
      pending.delete(node);
      const creator = node.creator;
      // Leaves keep a running sum across backward calls; inner nodes show this pass only.
      node.grad = creator ? dy : accumulate(node.grad, dy, node);
      if (!creator) continue;
      const inputGrads = runRule(creator, dy, node);
      creator.inputs.forEach((input, j) => {
        const g = inputGrads[j];
        if (!g || !input.requiresGrad) return;
        if (!sameShape(g.shape, input.shape)) {
          throw new Error(
            `backward: gradient rule of ${creator.op} gave shape ${shapeString(g.shape)} for an input of shape ${shapeString(input.shape)}`,
          );
        }
        pending.set(input, accumulate(pending.get(input), g, input));
      });
    }
  });
}

// tensor.ts stays a leaf: it learns how to run backward from here, when this module loads.
installBackward(backwardFrom);
