import { numberCodec } from '../../state/codecs';
import type { Bilingual } from '../../state/lang';
import type { GraphModel } from '../kit/graph/graphModel';

export const ANSWER_RANGE = { min: -1e6, max: 1e6 } as const;
const answerCodec = numberCodec(ANSWER_RANGE.min, ANSWER_RANGE.max);

/** The reader's accepted answers as one URL entry: "tax:650,apple:2.2"; unknown names and junk are dropped. */
export function readAnswers(text: string, names: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of text.split(',')) {
    const [name, raw] = part.split(':');
    const v = raw === undefined ? undefined : answerCodec.parse(raw);
    if (name && names.includes(name) && v !== undefined) out[name] = v;
  }
  return out;
}

export function writeAnswers(answers: Readonly<Record<string, number>>, names: readonly string[]): string {
  return names
    .filter((n) => answers[n] !== undefined)
    .map((n) => `${n}:${String(answers[n])}`)
    .join(',');
}

/** Right when within 0.1% (so 3.3 counts for 3.3000000000000003 and 110 for 110.00000000000001). */
export function isRight(answer: number, truth: number): boolean {
  return Math.abs(answer - truth) <= 1e-3 * Math.max(1, Math.abs(truth));
}

/** A hint for ∂out/∂name from the node that consumes it: what that node's local rule does. */
export function hintFor(model: GraphModel, name: string): Bilingual {
  const edge = model.edges.find((e) => e.from === name);
  const consumer = model.nodes.find((n) => n.name === edge?.to);
  if (!edge || !consumer) return { ko: '', en: '' };
  if (consumer.op === 'add') {
    return {
      ko: `${name}은(는) 덧셈 노드 ${consumer.name}로 들어갑니다. 덧셈 노드는 ${consumer.name}의 기울기를 그대로 흘려보냅니다.`,
      en: `${name} feeds the add node ${consumer.name}, which passes ${consumer.name}'s gradient through unchanged.`,
    };
  }
  const other = consumer.inputs.find((i) => i !== name) ?? '?';
  return {
    ko: `${name}은(는) 곱셈 노드 ${consumer.name}로 들어갑니다. ${consumer.name}의 기울기에 다른 입력 ${other}의 값을 곱하세요.`,
    en: `${name} feeds the mul node ${consumer.name}: multiply ${consumer.name}'s gradient by the other input, ${other}.`,
  };
}
