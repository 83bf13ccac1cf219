import { add, mul, step, tensor, type Tensor } from '../../engine';
import { foldScalings } from '../kit/graph/foldScalings';
import { graphModel, type GraphModel } from '../kit/graph/graphModel';
import { gatePresets } from '../kit/logic/gates';

const { NAND, OR, AND } = gatePresets;

/** One neuron on the engine: out = step(w1·in1 + w2·in2 + b), with its sum u, weighted sum a and output named. */
function neuron(
  in1: Tensor,
  in2: Tensor,
  p: { w1: number; w2: number; b: number },
  names: { u: string; a: string; out: string },
): Tensor {
  const u = add(mul(in1, p.w1), mul(in2, p.w2), { label: names.u });
  return step(add(u, p.b, { label: names.a }), { label: names.out });
}

/** The XOR network for one input row, as a graph: s1 = NAND(x1,x2), s2 = OR(x1,x2), y = AND(s1,s2); weights on the edges. */
export function xorGraph(x1: number, x2: number): GraphModel {
  const in1 = tensor(x1, { dtype: 'float64', requiresGrad: true, label: 'x1' });
  const in2 = tensor(x2, { dtype: 'float64', requiresGrad: true, label: 'x2' });
  const s1 = neuron(in1, in2, NAND, { u: 'u1', a: 'a1', out: 's1' });
  const s2 = neuron(in1, in2, OR, { u: 'u2', a: 'a2', out: 's2' });
  return foldScalings(graphModel(neuron(s1, s2, AND, { u: 'u', a: 'a', out: 'y' })));
}
