import { fill, type Bilingual, type Lang } from '../../../state/lang';
import { formatNumber } from './numericInput';
import type { Refusal } from './numericInput';

const templates: Record<Refusal, Bilingual> = {
  empty: { ko: '빈 칸은 숫자가 아닙니다. {value}을(를) 유지합니다.', en: 'The field was empty, so {value} was kept.' },
  notANumber: {
    ko: '“{text}”은(는) 숫자가 아닙니다. {value}을(를) 유지합니다.',
    en: '“{text}” is not a number, so {value} was kept.',
  },
  nan: { ko: 'NaN은 숫자가 아닙니다. {value}을(를) 유지합니다.', en: 'NaN is not a number, so {value} was kept.' },
  infinite: {
    ko: '{text}은(는) 무한대입니다. {value}(으)로 맞췄습니다.',
    en: '{text} is infinite, so it was clamped to {value}.',
  },
  tooLarge: {
    ko: '{text}은(는) 최댓값 {max}보다 큽니다. {value}(으)로 맞췄습니다.',
    en: '{text} is above the maximum {max}, so it was clamped to {value}.',
  },
  tooSmall: {
    ko: '{text}은(는) 최솟값 {min}보다 작습니다. {value}(으)로 맞췄습니다.',
    en: '{text} is below the minimum {min}, so it was clamped to {value}.',
  },
};

/** The visible sentence that says why a typed value was refused and what was used instead. */
export function refusalText(
  reason: Refusal,
  lang: Lang,
  v: { text: string; value: number; min: number; max: number },
): string {
  return fill(templates[reason][lang], {
    text: v.text,
    value: formatNumber(v.value),
    min: formatNumber(v.min),
    max: formatNumber(v.max),
  });
}
