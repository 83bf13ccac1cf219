import { useMemo, useState } from 'react';
import type { Tensor } from '../../engine';
import { booleanCodec, textCodec } from '../../state/codecs';
import { useT } from '../../state/lang';
import { useWidgetState } from '../../state/widgetState';
import { Slider } from '../kit/controls/Slider';
import { backwardOrder, backwardView } from '../kit/graph/backwardSteps';
import { BackwardControls } from './BackwardControls';
import type { ExampleSpec, Values, VarSpec } from '../kit/graph/examples';
import { FloatNote } from './FloatNote';
import { graphModel, type GraphModel } from '../kit/graph/graphModel';
import { GraphView } from '../kit/graph/GraphView';
import { ModePanel } from './ModePanel';
import { NodeDetails } from './NodeDetails';
import { RulePanel } from './RulePanel';
import { useStepper } from './useStepper';
import { readValues, writeValues } from './varValues';
import { ChipButton } from '../kit/controls/ChipButton';

const valuesCodec = textCodec(400);

interface LiveGraphProps {
  vars: readonly VarSpec[];
  seed?: VarSpec;
  build: (v: Values, collapsed: boolean) => Tensor;
  extras?: ExampleSpec['extras'];
}

/** Builds the graph on the engine for the current values, synchronously on every render. */
function useModel(
  build: LiveGraphProps['build'],
  values: Values,
  collapsed: boolean,
  seed: number,
): GraphModel | Error {
  return useMemo(() => {
    try {
      return graphModel(build(values, collapsed), seed);
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  }, [build, values, collapsed, seed]);
}

/** A live graph: sliders for its variables, the drawing, the step-by-step backward pass and its side panels. */
export function LiveGraph({ vars, seed, build, extras = [] }: LiveGraphProps) {
  const t = useT();
  const specs = useMemo(() => (seed ? [...vars, seed] : vars), [vars, seed]);
  const [text, setText] = useWidgetState('vals', valuesCodec, '');
  const [collapsed, setCollapsed] = useWidgetState('collapsed', booleanCodec, false);
  const values = useMemo(() => readValues(text, specs), [text, specs]);
  const [inspected, setInspected] = useState<string | null>(null);
  const model = useModel(build, values, collapsed, seed ? (values[seed.name] ?? seed.value) : 1);
  const order = model instanceof Error ? [] : backwardOrder(model);
  const stepper = useStepper(order.length);
  const setVar = (name: string) => (v: number) =>
    setText((prev) => writeValues({ ...readValues(prev, specs), [name]: v }, specs));

  const sliders = (
    <div className="cg-sliders">
      {specs.map((s) => (
        <Slider
          key={s.name}
          name={s.name}
          label={<code>{s.name}</code>}
          value={values[s.name] ?? s.value}
          defaultValue={s.value}
          min={s.min}
          max={s.max}
          step={s.step}
          fineStep={s.step / 10}
          onChange={setVar(s.name)}
        />
      ))}
    </div>
  );
  if (model instanceof Error) {
    return (
      <>
        {sliders}
        <p className="cg-warning" role="alert">
          {model.message}
        </p>
      </>
    );
  }
  const view = backwardView(model, stepper.step);
  const notFinite = model.nodes.some((n) => !Number.isFinite(n.value) || !Number.isFinite(n.grad));

  return (
    <div
      className="comp-graph-body"
      data-step={stepper.step}
      data-steps={stepper.total}
      data-current={view.current}
      data-playing={stepper.playing ? 'true' : 'false'}
    >
      <BackwardControls stepper={stepper} />
      <GraphView
        model={model}
        view={view}
        current={stepper.step > 0 ? view.current : model.output}
        onInspect={setInspected}
      />
      {notFinite && (
        <p className="cg-warning" role="status">
          ⚠{' '}
          {t({
            ko: '이 값에서는 정의되지 않는 수가 있습니다(예: 음수의 로그, 0으로 나누기). 그래프에 "정의 안 됨"으로 표시합니다.',
            en: 'Some numbers are undefined at these values (for example the log of a negative number, or dividing by 0); the graph marks them "undefined".',
          })}
        </p>
      )}
      <div className="comp-graph-side">
        <RulePanel model={model} current={view.current} step={stepper.step} />
        <NodeDetails model={model} name={inspected} />
      </div>
      {extras.includes('collapse') && (
        <div className="widget-toolbar">
          <ChipButton data-toggle="collapse" pressed={collapsed} onClick={() => setCollapsed(!collapsed)}>
            {t({ ko: '하나의 sigmoid 노드로 접기', en: 'Collapse into one sigmoid node' })}
          </ChipButton>
        </div>
      )}
      {sliders}
      {extras.includes('modes') && <ModePanel model={model} />}
      {extras.includes('float') && <FloatNote />}
    </div>
  );
}
