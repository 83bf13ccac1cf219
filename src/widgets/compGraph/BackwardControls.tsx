import { useT } from '../../state/lang';
import type { Stepper } from './useStepper';
import { Icon } from '../kit/controls/Icon';

/** Play, pause, step back, step forward and reset for the step-by-step backward pass. */
export function BackwardControls({ stepper }: { stepper: Stepper }) {
  const t = useT();
  const { step, total, playing } = stepper;
  return (
    <div className="cg-controls" role="group" aria-label={t({ ko: '역전파 단계별 재생', en: 'Backward pass, step by step' })}>
      <button type="button" data-control="reset" onClick={stepper.reset} disabled={step === 0 && !playing} aria-label={t({ ko: '처음으로', en: 'Reset to the start' })}>
        <span aria-hidden="true">|◀</span> {t({ ko: '처음', en: 'Start' })}
      </button>
      <button type="button" data-control="back" onClick={stepper.back} disabled={step === 0} aria-label={t({ ko: '한 단계 뒤로', en: 'Step back' })}>
        <span aria-hidden="true">◀</span>
      </button>
      {playing ? (
        <button type="button" data-control="pause" onClick={stepper.pause} aria-label={t({ ko: '일시 정지', en: 'Pause' })}>
          <Icon name="pause" /> {t({ ko: '정지', en: 'Pause' })}
        </button>
      ) : (
        <button type="button" data-control="play" onClick={stepper.play} aria-label={t({ ko: '역전파 재생', en: 'Play the backward pass' })}>
          <span aria-hidden="true">▶</span> {t({ ko: '재생', en: 'Play' })}
        </button>
      )}
      <button type="button" data-control="step" onClick={stepper.forward} disabled={step >= total} aria-label={t({ ko: '한 단계 앞으로', en: 'Step forward' })}>
        <span aria-hidden="true">▶|</span>
      </button>
      <span className="cg-step-count" aria-live="polite">
        {t({ ko: `단계 ${step} / ${total}`, en: `Step ${step} of ${total}` })}
      </span>
    </div>
  );
}
