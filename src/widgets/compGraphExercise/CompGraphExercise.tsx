import { useMemo, useState } from 'react';
import { textCodec } from '../../state/codecs';
import { useT } from '../../state/lang';
import { useWidgetState } from '../../state/widgetState';
import '../kit/controls/controls.css';
import { backwardView } from '../kit/graph/backwardSteps';
import { examples } from '../kit/graph/examples';
import { graphModel } from '../kit/graph/graphModel';
import { GraphView } from '../kit/graph/GraphView';
import { hintFor, isRight, readAnswers, writeAnswers } from './answers';
import { AnswerRow } from './AnswerRow';
import './compGraphExercise.css';
import { ChipButton } from '../kit/controls/ChipButton';
import { WidgetRoot } from '../kit/figure/WidgetRoot';

const answersCodec = textCodec(600);
const spec = examples['apple-orange'];
const bookValues = Object.fromEntries(spec.vars.map((v) => [v.name, v.value]));

/** An instructor hides the reveal button with ?noreveal=1 (a reserved query flag that survives state resets). */
function revealHidden(): boolean {
  return typeof window !== 'undefined' && new URLSearchParams(window.location.search).get('noreveal') === '1';
}

/** The book's apple/orange backward pass with the gradients left empty: fill them in, check, ask for hints. */
export default function CompGraphExercise() {
  const t = useT();
  const model = useMemo(() => graphModel(spec.build(bookValues, false)), []);
  const names = useMemo(
    () =>
      [...model.nodes]
        .reverse()
        .filter((n) => n.name !== model.output)
        .map((n) => n.name),
    [model],
  );
  const [text, setText] = useWidgetState('answers', answersCodec, '');
  const answers = useMemo(() => readAnswers(text, names), [text, names]);
  const [checked, setChecked] = useState(false);
  const [revealed, setRevealed] = useState(false);
  const noReveal = revealHidden();
  const truth = (name: string) => model.nodes.find((n) => n.name === name)?.grad ?? Number.NaN;
  const verdictOf = (name: string) => {
    const a = answers[name];
    return a === undefined ? 'empty' : isRight(a, truth(name)) ? 'right' : 'wrong';
  };
  const rightCount = names.filter((n) => verdictOf(n) === 'right').length;

  return (
    <WidgetRoot className="comp-graph-exercise" data-right={rightCount} data-noreveal={noReveal ? 'true' : 'false'}>
      <p className="comp-graph-title">
        {t({
          ko: '연습: 사과와 귤의 역전파를 직접 채워 보세요',
          en: 'Exercise: fill in the backward pass for apples and oranges',
        })}
      </p>
      <GraphView model={model} view={backwardView(model, revealed ? names.length : 0)} />
      <ol className="cgx-list">
        {names.map((name) => (
          <AnswerRow
            key={name}
            name={name}
            output={model.output}
            answer={answers[name]}
            verdict={checked ? verdictOf(name) : null}
            hint={hintFor(model, name)}
            revealed={revealed ? truth(name) : null}
            onAnswer={(v) => {
              const next = { ...answers };
              if (v === undefined) delete next[name];
              else next[name] = v;
              setText(writeAnswers(next, names));
            }}
          />
        ))}
      </ol>
      <div className="widget-toolbar">
        <ChipButton data-control="check" onClick={() => setChecked(true)}>
          {t({ ko: '채점하기', en: 'Check my answers' })}
        </ChipButton>
        {!noReveal && (
          <ChipButton data-control="reveal" pressed={revealed} onClick={() => setRevealed(!revealed)}>
            {t({ ko: '정답 보기', en: 'Show the answers' })}
          </ChipButton>
        )}
      </div>
      {checked && (
        <p
          className={rightCount === names.length ? 'verdict verdict-ok' : 'verdict verdict-bad'}
          role="status"
          data-score={rightCount}
        >
          {rightCount === names.length
            ? t({ ko: `✓ ${names.length}칸 모두 맞았습니다.`, en: `✓ All ${names.length} boxes are right.` })
            : t({
                ko: `✗ ${names.length}칸 중 ${rightCount}칸이 맞았습니다.`,
                en: `✗ ${rightCount} of ${names.length} boxes are right.`,
              })}
        </p>
      )}
    </WidgetRoot>
  );
}
