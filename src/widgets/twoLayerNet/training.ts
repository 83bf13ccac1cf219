// The widget's training run as a stepper: each step is one pass of the four steps, logged for the view.
import type { Stepper } from '../kit/run/stepper';
import type { Evaluation, StepRecord, Trainer } from './trainer';

/** What the page shows: the last five steps, every loss, the per-epoch accuracies, and whether it blew up. */
export interface TrainingView {
  readonly log: readonly StepRecord[];
  readonly losses: readonly number[];
  readonly evals: readonly Evaluation[];
  readonly diverged: boolean;
}

/** The trainer (its network learns in place) with the view of what it has done so far. */
export interface Training {
  readonly trainer: Trainer;
  readonly view: TrainingView;
}

/** A fresh run: nothing trained yet, and the accuracies before the first step. */
export function startTraining(trainer: Trainer): Training {
  return { trainer, view: { log: [], losses: [], evals: [trainer.evaluate()], diverged: false } };
}

/**
 * One training step at learning rate `lr` (a new rate applies from the next step, without restarting);
 * accuracy is measured every `evalEvery` steps, and the run is done after `maxSteps`.
 */
export function trainingStepper(lr: number, evalEvery: number, maxSteps: number): Stepper<Training | null> {
  return {
    step: (run) => {
      if (!run) return run;
      const { trainer, view } = run;
      trainer.setLearningRate(lr);
      const record = trainer.step();
      if (!record) return { trainer, view: { ...view, diverged: true } };
      const evaluation = record.step % evalEvery === 0 ? trainer.evaluate() : null;
      return {
        trainer,
        view: {
          log: [...view.log.slice(-4), record],
          losses: [...view.losses, record.loss],
          evals: evaluation ? [...view.evals, evaluation] : view.evals,
          diverged: false,
        },
      };
    },
    status: (run) =>
      !run ? 'done' : run.view.diverged ? 'diverged' : run.trainer.stepCount >= maxSteps ? 'done' : 'ready',
  };
}
