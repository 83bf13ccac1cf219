// The one vocabulary of run controls, in both languages. Every widget that steps, plays, pauses or resets
// says it with these words, so a reader learns them once.
import type { Bilingual } from '../../../state/lang';

export const runWords = {
  step: { ko: '한 단계', en: 'Step' },
  back: { ko: '한 단계 뒤로', en: 'Step back' },
  play: { ko: '재생', en: 'Play' },
  pause: { ko: '일시 정지', en: 'Pause' },
  resume: { ko: '계속', en: 'Resume' },
  stop: { ko: '중지', en: 'Stop' },
  reset: { ko: '처음으로', en: 'Reset' },
} as const satisfies Record<string, Bilingual>;

/** "10 steps" / "10단계": the button that takes several steps at once. */
export function stepsWord(n: number): Bilingual {
  return { ko: `${n}단계`, en: `${n} steps` };
}
