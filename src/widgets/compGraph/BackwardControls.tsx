import { useT } from '../../state/lang';
import { RunControls } from '../kit/controls/RunControls';
import type { Stepper } from './useStepper';

/** Reset, step back, play or pause, and step for the step-by-step backward pass. */
export function BackwardControls({ stepper }: { stepper: Stepper }) {
  const t = useT();
  const { step, total, playing } = stepper;
  return (
    <RunControls
      run={stepper.controls}
      label={t({ ko: '역전파 단계별 재생', en: 'Backward pass, step by step' })}
      buttons={['reset', 'back', 'play', 'step']}
      attr="data-control"
      playStyle="swap"
      onBack={stepper.back}
      onPlay={stepper.play}
      disabled={{ reset: step === 0 && !playing, back: step === 0 }}
      className="cg-controls"
      buttonClassName="run-button"
      icons="text"
    >
      <span className="cg-step-count" aria-live="polite">
        {t({ ko: `단계 ${step} / ${total}`, en: `Step ${step} of ${total}` })}
      </span>
    </RunControls>
  );
}
