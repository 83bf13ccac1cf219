// The allowed range of every number in a training configuration: the worker refuses anything outside
// them, and the trainer's sliders and URL codecs are built from the same table.

/** Inclusive bounds of one setting. */
export interface Limit {
  readonly min: number;
  readonly max: number;
}

export const trainLimits = {
  /** Hidden layers (0 is softmax regression). */
  hiddenLayers: { min: 0, max: 3 },
  /** Units per hidden layer. */
  hiddenSize: { min: 4, max: 512 },
  learningRate: { min: 1e-4, max: 1e3 },
  batchSize: { min: 1, max: 1000 },
  epochs: { min: 1, max: 50 },
  /** Steps to stop after; 0 = run all epochs. */
  maxSteps: { min: 0, max: 100_000 },
  seed: { min: 0, max: 9999 },
  /** Workers sharing each mini-batch (data parallel); the page offers 1…min(hardwareConcurrency, 8). */
  workers: { min: 1, max: 8 },
} as const satisfies Record<string, Limit>;
