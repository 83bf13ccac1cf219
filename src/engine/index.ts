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
export type { TraceAttrs, TraceNode, TraceOptions } from './autodiff/trace';
export { gradients, opNames } from './autodiff/gradients';
// Loading autodiff/backward also installs Tensor#backward (tensor.ts imports no autodiff: no cycle).
export { inputGradients } from './autodiff/backward';

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
export { gradCheck, gradDifference, compareGradients } from './check/gradCheck';
export type { GradDifference } from './check/gradCheck';

export { getBackend, setBackend } from './backend/backend';
export type { Backend, BinaryKernel, UnaryKernel, ReduceKernel, LabelBuffer } from './backend/backend';
export { cpuBackend } from './backend/cpuBackend';
export { createRng } from './rng';
export type { Rng } from './rng';
export { randn, randu } from './random';
export type { RandomOptions } from './random';

export type { Layer } from './layers/layer';
export { MulLayer } from './layers/mulLayer';
export { AddLayer } from './layers/addLayer';
export { Relu, Sigmoid } from './layers/activationLayers';
export { Affine } from './layers/affine';
export { SoftmaxWithLoss } from './layers/softmaxWithLoss';
export { Scratch } from './layers/scratch';

export { LayerNet } from './nets/layerNet';
export type { Params } from './nets/layerNet';
export { TwoLayerNet } from './nets/twoLayerNet';
export type { TwoLayerNetOptions } from './nets/twoLayerNet';
export { activationNames, MultiLayerNet } from './nets/multiLayerNet';
export type { MultiLayerNetOptions, Activation } from './nets/multiLayerNet';
export { FastMlp } from './nets/fastMlp';
export { initStd } from './nets/initWeights';
export type { WeightInit } from './nets/initWeights';

export type { Optimizer } from './optim/optimizer';
export { ParamwiseOptimizer } from './optim/optimizer';
export { SGD } from './optim/sgd';
export { Momentum } from './optim/momentum';
export { AdaGrad } from './optim/adaGrad';
export { Adam } from './optim/adam';
export { createOptimizer, optimizerNames } from './optim/createOptimizer';
export type { OptimizerName } from './optim/createOptimizer';

export { parseIdx } from './data/parseIdx';
export type { IdxData } from './data/parseIdx';
export { gatherImagesInPlace, gatherOneHotInPlace, scalePixels, scalePixelsInPlace } from './data/mnistBatch';
export { MNIST_CLASSES, MNIST_PIXELS, MNIST_SIDE, PIXEL_MAX } from './data/mnist';
export { argmax, argmaxRowsInPlace } from './nets/argmax';
export * from './backend/wasm/index';
