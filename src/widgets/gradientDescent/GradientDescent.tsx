import { useT } from '../../state/lang';
import { seriesStyles } from '../kit/chart';
import { ContourPlot, type ContourPath, type Point } from '../kit/contour/ContourPlot';
import { formatReadout } from '../kit/format';
import { Num } from '../kit/format/Num';
import { RunControls } from '../kit/controls/RunControls';
import { Slider } from '../kit/controls/Slider';
import { Tex } from '../kit/controls/Tex';
import '../kit/controls/controls.css';
import './gradientDescent.css';
import {
  descentStepper,
  DIVERGED_LOSS,
  downhillArrows,
  evaluate,
  statusOf,
  surfaces,
  surfaceValue,
  type SurfaceName,
} from './descent';
import { useRun } from '../kit/run/useRun';
import { useParams } from '../kit/params/useParams';
import { descentParams, startOn, surfaceParams } from './params';
import { RunMessage } from './RunMessage';
import { ChoiceChips } from '../kit/controls/ChoiceChips';
import { WidgetRoot } from '../kit/figure/WidgetRoot';

const fs = {
  bowl: (a: number, b: number) => surfaceValue(surfaces.bowl, a, b),
  valley: (a: number, b: number) => surfaceValue(surfaces.valley, a, b),
};

/** Gradient descent on a 2-D loss surface: drag the start, pick η, step or play, and watch it arrive or blow up. */
export default function GradientDescent({ surface: initialSurface = 'bowl' }: { surface?: SurfaceName }) {
  const t = useT();
  const chosen = useParams(surfaceParams, { book: { surface: initialSurface } });
  const name = chosen.values.surface;
  const surface = surfaces[name];
  // The start's codec and sliders follow the chosen surface's picture, so a URL start off it is clamped onto it.
  const p = useParams(descentParams, startOn(name));
  const { lr } = p.values;
  const start: Point = [p.values.x0, p.values.x1];
  const key = `${name}|${start[0]}|${start[1]}|${lr}`;
  // The first steps are shown one per frame; later frames take more, so long runs finish quickly.
  const descent = useRun(() => [evaluate(surface, start)], descentStepper(surface, lr), key, {
    stepsPerTick: (points) => Math.max(1, Math.floor(points.length / 8)),
  });
  const run = descent.state;
  const status = statusOf(run);
  const last = run[run.length - 1] ?? evaluate(surface, start);

  const setStart = ([a, b]: Point) => {
    p.patch({ x0: Number(a.toFixed(2)), x1: Number(b.toFixed(2)) });
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
        label={t({ ko: '손실 곡면', en: 'Loss surface' })}
        chipAttr="data-surface-choice"
        {...chosen.chips.surface}
        onChange={(s) => {
          chosen.set.surface(s);
          p.patch({ x0: surfaces[s].start[0], x1: surfaces[s].start[1] });
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
          <p className="gradient-descent-key">
            {t({
              ko: '→ 화살표: 각 점에서의 −∇L (가장 가파르게 내려가는 방향) · ★ 최솟값',
              en: '→ arrows: −∇L at each point (steepest way down) · ★ the minimum',
            })}
          </p>
        </div>
        <div className="gradient-descent-controls">
          <Slider {...p.slider.x0} />
          <Slider {...p.slider.x1} />
          <Slider {...p.slider.lr} />
          <RunControls
            run={descent}
            className="widget-toolbar gradient-descent-buttons"
            label={t({ ko: '경사 하강 조작', en: 'Descent controls' })}
          />
          <dl className="gradient-descent-readout">
            <dt>{t({ ko: '걸음', en: 'Steps' })}</dt>
            <dd className="num">{run.length - 1}</dd>
            <dt>
              <Tex math="(x_0, x_1)" />
            </dt>
            <dd className="num">
              (<Num value={shown?.point[0] ?? 0} />, <Num value={shown?.point[1] ?? 0} />)
            </dd>
            <dt>
              <Tex math="L" />
            </dt>
            <dd className="num">
              <Num value={last.loss} kind="loss" />
            </dd>
            <dt>
              <Tex math="\nabla L" />
            </dt>
            <dd className="num">
              (<Num value={last.grad[0]} kind="gradient" />, <Num value={last.grad[1]} kind="gradient" />)
            </dd>
          </dl>
          <RunMessage
            status={descent.running ? 'running' : status}
            steps={run.length - 1}
            loss={last.loss}
            lr={lr}
            limit={DIVERGED_LOSS}
          />
        </div>
      </div>
    </WidgetRoot>
  );
}
