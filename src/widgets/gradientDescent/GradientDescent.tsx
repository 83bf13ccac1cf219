import { numberCodec, oneOfCodec } from '../../state/codecs';
import { useT } from '../../state/lang';
import { useWidgetState } from '../../state/widgetState';
import { seriesStyles } from '../kit/chart';
import { ContourPlot, type ContourPath, type Point } from '../kit/contour/ContourPlot';
import { clampToDomain } from '../kit/contour/contourGrid';
import { formatReadout } from '../kit/format';
import { Num } from '../kit/format/Num';
import { RunControls } from '../kit/controls/RunControls';
import { Slider } from '../kit/controls/Slider';
import { Tex } from '../kit/controls/Tex';
import '../kit/controls/controls.css';
import './gradientDescent.css';
import { descentStepper, DIVERGED_LOSS, downhillArrows, evaluate, statusOf, surfaceNames, surfaces, surfaceValue, type SurfaceName } from './descent';
import { useRun } from '../kit/run/useRun';
import { RunMessage } from './RunMessage';
import { ChoiceChips } from '../kit/controls/ChoiceChips';
import { WidgetRoot } from '../kit/figure/WidgetRoot';

const surfaceCodec = oneOfCodec(surfaceNames);
const coordCodec = numberCodec(-10, 10);
const LR = { min: 0.001, max: 2, step: 0.01, fineStep: 0.001 };
const lrCodec = numberCodec(LR.min, LR.max);
const BOOK_LR = 0.1;
const fs = { bowl: (a: number, b: number) => surfaceValue(surfaces.bowl, a, b), valley: (a: number, b: number) => surfaceValue(surfaces.valley, a, b) };

/** Gradient descent on a 2-D loss surface: drag the start, pick η, step or play, and watch it arrive or blow up. */
export default function GradientDescent({ surface: initialSurface = 'bowl' }: { surface?: SurfaceName }) {
  const t = useT();
  const [name, setName] = useWidgetState('surface', surfaceCodec, initialSurface);
  const surface = surfaces[name];
  const [rawX0, setX0] = useWidgetState('x0', coordCodec, surfaces[initialSurface].start[0]);
  const [rawX1, setX1] = useWidgetState('x1', coordCodec, surfaces[initialSurface].start[1]);
  const [lr, setLr] = useWidgetState('lr', lrCodec, BOOK_LR);
  const start = clampToDomain([rawX0, rawX1], surface.domain);
  const key = `${name}|${start[0]}|${start[1]}|${lr}`;
  // The first steps are shown one per frame; later frames take more, so long runs finish quickly.
  const descent = useRun(() => [evaluate(surface, start)], descentStepper(surface, lr), key, {
    stepsPerTick: (points) => Math.max(1, Math.floor(points.length / 8)),
  });
  const run = descent.state;
  const status = statusOf(run);
  const last = run[run.length - 1] ?? evaluate(surface, start);

  const setStart = ([a, b]: Point) => {
    setX0(Number(a.toFixed(2)));
    setX1(Number(b.toFixed(2)));
  };
  const span = surface.domain.x[1] - surface.domain.x[0];
  const path: ContourPath = {
    id: 'gd',
    label: t({ ko: `경사 하강 (η = ${formatReadout(lr)})`, en: `Gradient descent (η = ${formatReadout(lr)})` }),
    points: run.map((p) => p.point),
    ...seriesStyles.sgd,
    arrows: downhillArrows(run, span / 10),
  };
  const shown = status === 'diverged' ? run[run.length - 1] : last;
  const summary = t({
    ko: `${surface.tex.replace(/\\tfrac\{1\}\{20\}/, '1/20·')} 의 등고선. 시작점 (${formatReadout(start[0])}, ${formatReadout(start[1])}), ${run.length - 1}걸음 뒤 (${formatReadout(last.point[0])}, ${formatReadout(last.point[1])}), 손실 ${formatReadout(last.loss, 'loss')}.`,
    en: `Contours of ${surface.tex.replace(/\\tfrac\{1\}\{20\}/, '1/20·')}. Start (${formatReadout(start[0])}, ${formatReadout(start[1])}); after ${run.length - 1} steps at (${formatReadout(last.point[0])}, ${formatReadout(last.point[1])}), loss ${formatReadout(last.loss, 'loss')}.`,
  });

  return (
    <WidgetRoot
      className="gradient-descent"
      data-surface={name}
      data-x0={String(last.point[0])}
      data-x1={String(last.point[1])}
      data-loss={String(last.loss)}
      data-grad0={String(last.grad[0])}
      data-steps={run.length - 1}
      data-status={descent.running ? 'running' : status}
    >
      <ChoiceChips
        label={t({ ko: '손실 곡면', en: 'Loss surface' })} chipAttr="data-surface-choice" options={surfaceNames} value={name}
        labels={{ bowl: t({ ko: '둥근 그릇', en: 'Round bowl' }), valley: t({ ko: '길쭉한 골짜기', en: 'Long valley' }) }}
        onChange={(s) => {
          setName(s);
          setX0(surfaces[s].start[0]);
          setX1(surfaces[s].start[1]);
        }}
      >
        <Tex math={surface.tex} />
      </ChoiceChips>
      <div className="gradient-descent-body">
        <div>
        <ContourPlot
          f={fs[name]}
          domain={surface.domain}
          paths={[path]}
          label={summary}
          minimum={[0, 0]}
          start={start}
          onStartChange={setStart}
          startStep={span / 50}
          startLabel={t({
            ko: `시작점 (${formatReadout(start[0])}, ${formatReadout(start[1])}): 끌거나 화살표 키로 옮기기`,
            en: `Start point (${formatReadout(start[0])}, ${formatReadout(start[1])}): drag it or move it with the arrow keys`,
          })}
          axisLabels={['x₀', 'x₁']}
          legendTitle={t({ ko: '범례', en: 'Legend' })}
        />
        <p className="gradient-descent-key">{t({ ko: '→ 화살표: 각 점에서의 −∇L (가장 가파르게 내려가는 방향) · ★ 최솟값', en: '→ arrows: −∇L at each point (steepest way down) · ★ the minimum' })}</p>
        </div>
        <div className="gradient-descent-controls">
          <Slider name="x0" label={<Tex math="x_0" />} value={start[0]} defaultValue={surface.start[0]} min={surface.domain.x[0]} max={surface.domain.x[1]} step={0.1} fineStep={0.01} onChange={setX0} />
          <Slider name="x1" label={<Tex math="x_1" />} value={start[1]} defaultValue={surface.start[1]} min={surface.domain.y[0]} max={surface.domain.y[1]} step={0.1} fineStep={0.01} onChange={setX1} />
          <Slider name="lr" label={<Tex math="\eta" />} ariaLabel={t({ ko: '학습률 η', en: 'learning rate η' })} value={lr} defaultValue={BOOK_LR} {...LR} onChange={setLr} />
          <RunControls run={descent} className="widget-toolbar gradient-descent-buttons" label={t({ ko: '경사 하강 조작', en: 'Descent controls' })} />
          <dl className="gradient-descent-readout">
            <dt>{t({ ko: '걸음', en: 'Steps' })}</dt><dd className="num">{run.length - 1}</dd>
            <dt><Tex math="(x_0, x_1)" /></dt><dd className="num">(<Num value={shown?.point[0] ?? 0} />, <Num value={shown?.point[1] ?? 0} />)</dd>
            <dt><Tex math="L" /></dt><dd className="num"><Num value={last.loss} kind="loss" /></dd>
            <dt><Tex math="\nabla L" /></dt><dd className="num">(<Num value={last.grad[0]} kind="gradient" />, <Num value={last.grad[1]} kind="gradient" />)</dd>
          </dl>
          <RunMessage status={descent.running ? 'running' : status} steps={run.length - 1} loss={last.loss} lr={lr} limit={DIVERGED_LOSS} />
        </div>
      </div>
    </WidgetRoot>
  );
}
