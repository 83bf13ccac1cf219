import { useT } from '../../state/lang';
import { Icon } from '../kit/controls/Icon';
import { runWords } from '../kit/controls/words';
import { formatReadout } from '../kit/format';
import type { TrainerView } from './trainerView';
import { ChipButton } from '../kit/controls/ChipButton';

/** What went wrong, in words, with a suggestion and a way out (retry or reset). */
export function TrainerProblem({
  problem,
  onRetry,
  onReset,
}: {
  problem: NonNullable<TrainerView['problem']>;
  onRetry: () => void;
  onReset: () => void;
}) {
  const t = useT();
  let text: string;
  switch (problem.kind) {
    case 'diverged':
      text = t({
        ko: `학습이 발산했습니다: ${problem.step}단계에서 손실이 ${formatReadout(problem.loss ?? NaN, 'loss')}이 되어 멈췄습니다. 가중치가 너무 크게 움직였다는 뜻입니다. 학습률을 10분의 1로 줄이거나 Adam을 써 보세요.`,
        en: `The run diverged: at step ${problem.step} the loss became ${formatReadout(problem.loss ?? NaN, 'loss')}, so training stopped. The weights took steps that were far too large. Try a learning rate ten times smaller, or Adam.`,
      });
      break;
    case 'data':
      text = t({
        ko: `데이터를 불러오지 못했습니다: ${problem.message} 다시 시도해 보세요.`,
        en: `The data could not be loaded: ${problem.message} Try again.`,
      });
      break;
    case 'crashed':
      text = t({
        ko: `학습 워커가 멈췄습니다 (${problem.message}). ${runWords.reset.ko}를 누르면 새 워커로 다시 시작합니다.`,
        en: `The training worker stopped (${problem.message}). Press ${runWords.reset.en} to start over with a fresh worker.`,
      });
      break;
    case 'other':
      text = t({ ko: `오류: ${problem.message}`, en: `Error: ${problem.message}` });
      break;
  }
  return (
    <div className="verdict verdict-bad mnist-problem" role="alert" data-problem={problem.kind}>
      <p>
        <span aria-hidden="true">⚠</span> {text}
      </p>
      <div className="widget-toolbar">
        {problem.kind !== 'crashed' && (
          <ChipButton onClick={onRetry}>
            <span aria-hidden="true">↻</span> {t({ ko: '다시 시도', en: 'Retry' })}
          </ChipButton>
        )}
        <ChipButton onClick={onReset}>
          <Icon name="reset" /> {t(runWords.reset)}
        </ChipButton>
      </div>
    </div>
  );
}
