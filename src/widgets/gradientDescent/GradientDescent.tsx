import { useCallback, useEffect, useMemo, useState } from 'react';
import { useT } from '../../state/lang';
import { ContourPlot, type ContourPath, type Point } from '../kit/contour/ContourPlot';
import { formatNumber } from '../kit/controls/numericInput';
import { Slider } from '../kit/controls/Slider';
import { Tex } from '../kit/controls/Tex';
import '../kit/controls/controls.css';
import './gradientDescent.css';
import { advance, DIVERGED_LOSS, downhillArrows, evaluate, MAX_STEPS, statusOf, surfaces, surfaceValue, type DescentPoint, type SurfaceName } from './descent';
import { useParams } from '../kit/params/useParams';
import { descentParams, startOn, surfaceParams } from './params';
import { prefersReducedMotion } from '../kit/run/prefersReducedMotion';
import { usePlayLoop } from '../kit/run/usePlayLoop';
import { RunMessage } from './RunMessage';
import { ChoiceChips } from '../kit/controls/ChoiceChips';

const fs = { bowl: (a: number, b: number) => surfaceValue(surfaces.bowl, a, b), valley: (a: number, b: number) => surfaceValue(surfaces.valley, a, b) };

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
  const initial = useMemo(() => [evaluate(surface, start)], [key]);
  const [state, setState] = useState<{ key: string; run: DescentPoint[] }>({ key, run: initial });
  const run = state.key === key ? state.run : initial;
  const [playing, setPlaying] = useState(false);
  const status = statusOf(run);
  const last = run[run.length - 1] ?? initial[0] ?? evaluate(surface, start);

  const tick = useCallback(() => {
    setState((prev) => {
      const base = prev.key === key ? prev.run : initial;
      // The first steps are shown one per frame; later frames take more, so long runs finish quickly.
      const perFrame = prefersReducedMotion() ? MAX_STEPS : Math.max(1, Math.floor(base.length / 8));
      return { key, run: advance(surface, base, lr, perFrame) };
    });
  }, [key, initial, surface, lr]);
  usePlayLoop(playing, tick);
  useEffect(() => {
    if (status !== 'idle') setPlaying(false);
  }, [status]);
  useEffect(() => setPlaying(false), [key]);

  const setStart = ([a, b]: Point) => {
    p.patch({ x0: Number(a.toFixed(2)), x1: Number(b.toFixed(2)) });
  };
  const span = surface.domain.x[1] - surface.domain.x[0];
  const path: ContourPath = {
    id: 'gd',
    label: t({ ko: `경사 하강 (η = ${formatNumber(lr)})`, en: `Gradient descent (η = ${formatNumber(lr)})` }),
    points: run.map((p) => p.point),
    color: 'var(--negative)',
    marker: 'circle',
    arrows: downhillArrows(run, span / 10),
  };
  const shown = status === 'diverged' ? run[run.length - 1] : last;
  const summary = t({
    ko: `${surface.tex.replace(/\\tfrac\{1\}\{20\}/, '1/20·')} 의 등고선. 시작점 (${formatNumber(start[0])}, ${formatNumber(start[1])}), ${run.length - 1}걸음 뒤 (${formatNumber(last.point[0])}, ${formatNumber(last.point[1])}), 손실 ${formatNumber(last.loss)}.`,
    en: `Contours of ${surface.tex.replace(/\\tfrac\{1\}\{20\}/, '1/20·')}. Start (${formatNumber(start[0])}, ${formatNumber(start[1])}); after ${run.length - 1} steps at (${formatNumber(last.point[0])}, ${formatNumber(last.point[1])}), loss ${formatNumber(last.loss)}.`,
  });

  return (
    <div
      className="widget gradient-descent"
      data-widget="gradient-descent"
      data-surface={name}
      data-lr={String(lr)}
      data-x0={String(last.point[0])}
      data-x1={String(last.point[1])}
      data-loss={String(last.loss)}
      data-grad0={String(last.grad[0])}
      data-grad1={String(last.grad[1])}
      data-steps={run.length - 1}
      data-status={playing ? 'running' : status}
    >
      <ChoiceChips
        label={t({ ko: '손실 곡면', en: 'Loss surface' })} chipAttr="data-surface-choice" {...chosen.chips.surface}
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
            ko: `시작점 (${formatNumber(start[0])}, ${formatNumber(start[1])}): 끌거나 화살표 키로 옮기기`,
            en: `Start point (${formatNumber(start[0])}, ${formatNumber(start[1])}): drag it or move it with the arrow keys`,
          })}
          axisLabels={['x₀', 'x₁']}
          legendTitle={t({ ko: '범례', en: 'Legend' })}
        />
        <p className="gradient-descent-key">{t({ ko: '→ 화살표: 각 점에서의 −∇L (가장 가파르게 내려가는 방향) · ★ 최솟값', en: '→ arrows: −∇L at each point (steepest way down) · ★ the minimum' })}</p>
        </div>
        <div className="gradient-descent-controls">
          <Slider {...p.slider.x0} />
          <Slider {...p.slider.x1} />
          <Slider {...p.slider.lr} />
          <div className="widget-toolbar gradient-descent-buttons">
            <button type="button" className="chip" data-action="step" disabled={status !== 'idle' || playing} onClick={() => setState({ key, run: advance(surface, run, lr, 1) })}>
              {t({ ko: '한 걸음', en: 'Step' })}
            </button>
            <button type="button" className="chip" data-action="play" aria-pressed={playing} disabled={status !== 'idle'} onClick={() => setPlaying((p) => !p)}>
              {playing ? t({ ko: '멈춤', en: 'Pause' }) : t({ ko: '재생', en: 'Play' })}
            </button>
            <button type="button" className="chip" data-action="reset" onClick={() => { setPlaying(false); setState({ key, run: initial }); }}>
              {t({ ko: '처음으로', en: 'Reset' })}
            </button>
          </div>
          <dl className="gradient-descent-readout">
            <dt>{t({ ko: '걸음', en: 'Steps' })}</dt><dd className="num">{run.length - 1}</dd>
            <dt><Tex math="(x_0, x_1)" /></dt><dd className="num">({formatNumber(shown?.point[0] ?? 0)}, {formatNumber(shown?.point[1] ?? 0)})</dd>
            <dt><Tex math="L" /></dt><dd className="num">{formatNumber(last.loss)}</dd>
            <dt><Tex math="\nabla L" /></dt><dd className="num">({formatNumber(last.grad[0])}, {formatNumber(last.grad[1])})</dd>
          </dl>
          <RunMessage status={playing ? 'running' : status} steps={run.length - 1} loss={last.loss} lr={lr} limit={DIVERGED_LOSS} />
        </div>
      </div>
    </div>
  );
}
