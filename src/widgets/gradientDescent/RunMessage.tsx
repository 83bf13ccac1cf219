import { useT } from '../../state/lang';
import { formatReadout } from '../kit/format';
import type { RunStatus } from './descent';

/** The sentence under the controls: where the run stands, and what to try when it went wrong. */
export function RunMessage({
  status,
  steps,
  loss,
  lr,
  limit,
}: {
  status: RunStatus;
  steps: number;
  loss: number;
  lr: number;
  limit: number;
}) {
  const t = useT();
  const texts: Record<RunStatus, { ko: string; en: string }> = {
    idle:
      steps === 0
        ? { ko: '한 단계 또는 재생을 누르세요.', en: 'Press Step or Play.' }
        : {
            ko: `${steps}걸음째입니다. 아직 최솟값에 닿지 않았습니다.`,
            en: `${steps} steps so far; not at the minimum yet.`,
          },
    running: { ko: `내려가는 중… (${steps}걸음)`, en: `Descending… (${steps} steps)` },
    converged: {
      ko: `✓ ${steps}걸음 만에 최솟값 (0, 0)에 도착했습니다 (L < 10⁻⁸).`,
      en: `✓ Reached the minimum (0, 0) in ${steps} steps (L < 10⁻⁸).`,
    },
    diverged: {
      ko: `✗ 발산했습니다: ${steps}걸음째에 손실이 ${formatReadout(loss, 'loss')}로 ${formatReadout(limit, 'loss')}을 넘어 멈췄습니다. η = ${formatReadout(lr)}는 너무 커서 걸음마다 골짜기를 더 크게 넘어갑니다. η를 줄이고 처음으로를 누르세요.`,
      en: `✗ Diverged: at step ${steps} the loss was ${formatReadout(loss, 'loss')}, above ${formatReadout(limit, 'loss')}, so the run stopped. η = ${formatReadout(lr)} is too large: every step overshoots the valley by more than the last. Lower η and press Reset.`,
    },
    stopped: {
      ko: `${steps}걸음에서 멈췄습니다. 손실은 아직 ${formatReadout(loss, 'loss')}입니다: 제자리에서 튀거나 너무 느립니다.`,
      en: `Stopped after ${steps} steps with the loss still at ${formatReadout(loss, 'loss')}: the run is bouncing in place or crawling.`,
    },
  };
  const cls =
    status === 'converged'
      ? 'verdict verdict-ok'
      : status === 'diverged' || status === 'stopped'
        ? 'verdict verdict-bad'
        : 'verdict';
  return (
    <p className={cls} role="status" data-message={status}>
      {t(texts[status])}
    </p>
  );
}
