// The engine's public surface. Everything a widget, the worker or a test needs is exported here.
export type { DType, FloatArray } from './dtype';
export type { Shape } from './shape';
export { broadcastShapes, sizeOf } from './shape';
export { Tensor, tensor, zeros, full } from './tensor';
export type { NestedArray, NestedInput, TensorOptions } from './tensor';

export type { OpName, OpAttrs } from './autodiff/opAttrs';
export type { OpOptions } from './autodiff/record';
export { noGrad, isGradEnabled } from './autodiff/gradMode';
export { trace } from './autodiff/trace';
export type { TraceNode } from './autodiff/trace';
export { gradients } from './autodiff/gradients';

export { add, sub, mul, div, neg, exp, log, pow, relu, sigmoid, tanh, step } from './ops/elementwise';
export type { Operand } from './ops/elementwise';
export { sum, mean, max } from './ops/reduce';
export type { Axis } from './ops/reduce';
export { matmul } from './ops/matmul';
export { reshape, transpose } from './ops/shapeOps';
export { softmax } from './ops/softmax';
export { crossEntropy, softmaxCrossEntropy, mse } from './ops/losses';
export type { Labels } from './ops/labels';

export { numericalGradient } from './check/numericalGradient';
export { gradCheck } from './check/gradCheck';
export type { GradDifference } from './check/gradCheck';

export { getBackend, setBackend } from './backend/backend';
export type { Backend, BinaryKernel, UnaryKernel, ReduceKernel, LabelBuffer } from './backend/backend';
export { cpuBackend } from './backend/cpuBackend';
export { createRng } from './rng';
export type { Rng } from './rng';
export { randn, randu } from './random';
export type { RandomOptions } from './random';
