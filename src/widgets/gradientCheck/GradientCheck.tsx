import { useEffect, useState } from 'react';
import { booleanCodec } from '../../state/codecs';
import { useT } from '../../state/lang';
import { useWidgetState } from '../../state/widgetState';
import '../kit/controls/controls.css';
import { ChipCheckbox } from '../kit/controls/ChipCheckbox';
import { MnistStatus } from '../kit/mnist/MnistStatus';
import { useSmallMnist } from '../kit/mnist/useSmallMnist';
import { buildNet, gradientCheck, imageBatch, type ParamDiff } from './checkNet';
import { DiffHeatmap } from './DiffHeatmap';
import { DiffTable } from './DiffTable';
import './gradientCheck.css';
import { WidgetRoot } from '../kit/figure/WidgetRoot';

const dtypes = ['float64', 'float32'] as const;
type CheckDType = (typeof dtypes)[number];
/** How many training images the check uses (the book uses three). */
const BATCH = 3;

type Results = Partial<Record<CheckDType, ParamDiff[]>>;
type SmallMnistData = Extract<ReturnType<typeof useSmallMnist>[0], { status: 'ready' }>['data'];
/** One run of the check: the images it used and whether the bug was planted. */
interface CheckRun {
  data: SmallMnistData;
  bug: boolean;
}
/** What a run has found: the results per precision so far and how far it has got (0…1). */
interface Found {
  run: CheckRun | null;
  results: Results;
  progress: number;
}
const EMPTY: Found = { run: null, results: {}, progress: 0 };

/** Backprop against numerical gradients for a small TwoLayerNet on three MNIST images, in both precisions, with a bug to plant. */
export default function GradientCheck() {
  const t = useT();
  const [load, retry] = useSmallMnist();
  const [bug, setBug] = useWidgetState('bug', booleanCodec, false);
  // What the check has found so far, for the data and bug it ran on; a new run starts from nothing.
  const [found, setFound] = useState<Found>(EMPTY);
  const run: CheckRun | null = load.status === 'ready' ? { data: load.data, bug } : null;
  const current = run && found.run?.data === run.data && found.run.bug === run.bug ? found : EMPTY;
  const { results, progress } = current;

  useEffect(() => {
    if (load.status !== 'ready') return;
    const thisRun: CheckRun = { data: load.data, bug };
    let cancelled = false;
    const { trainImages, trainLabels } = load.data;
    const labels = Array.from(trainLabels.subarray(0, BATCH));
    let timer = 0;
    const jobs = dtypes.map((dtype) => ({
      dtype,
      gen: gradientCheck(buildNet(dtype, bug), imageBatch(trainImages, BATCH, dtype), labels),
    }));
    let j = 0;
    const update = (change: (f: Found) => Partial<Found>) =>
      setFound((f) => {
        const base: Found = f.run === thisRun ? f : { ...EMPTY, run: thisRun };
        return { ...base, ...change(base) };
      });
    // One chunk of nudges per macrotask, so the page keeps answering while the check runs.
    const tick = () => {
      if (cancelled) return;
      const job = jobs[j];
      if (!job) return;
      const step = job.gen.next();
      if (step.done) {
        const done = step.value;
        update((f) => ({ results: { ...f.results, [job.dtype]: done } }));
        j++;
      } else {
        const progressNow = (j + step.value) / jobs.length;
        update(() => ({ progress: progressNow }));
      }
      if (j < jobs.length) timer = window.setTimeout(tick, 0);
      else update(() => ({ progress: 1 }));
    };
    timer = window.setTimeout(tick, 0);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [load, bug]);

  const f64 = results.float64;
  const finished = results.float64 !== undefined && results.float32 !== undefined;
  const passed = f64?.every((d) => d.mean < 1e-7) ?? false;
  const w2 = f64?.find((d) => d.param === 'W2');

  return (
    <WidgetRoot
      className="gradient-check"
      data-bug={bug ? 'planted' : 'none'}
      data-status={finished ? 'done' : 'running'}
      data-verdict={finished ? (passed ? 'pass' : 'fail') : undefined}
    >
      <div className="widget-toolbar">
        <ChipCheckbox checked={bug} onChange={setBug} inputAttrs={{ 'data-var': 'bug' }}>
          {t({
            ko: '버그 심기: Affine의 dW·db가 배치의 첫 이미지만 쓰게 하기',
            en: 'Plant a bug: Affine’s dW and db use only the first image of the batch',
          })}
        </ChipCheckbox>
      </div>
      <MnistStatus load={load} retry={retry} />
      {load.status === 'ready' && (
        <>
          <p className="gradient-check-setup">
            {t({
              ko: `TwoLayerNet(784 → 10 → 10), 훈련 이미지 ${BATCH}장 (레이블 ${Array.from(load.data.trainLabels.subarray(0, BATCH)).join(', ')}), 중앙 차분 h = 10⁻⁴.`,
              en: `TwoLayerNet (784 → 10 → 10), ${BATCH} training images (labels ${Array.from(load.data.trainLabels.subarray(0, BATCH)).join(', ')}), central differences with h = 10⁻⁴.`,
            })}
          </p>
          {!finished && (
            <p role="status" className="gradient-check-progress">
              <progress
                max={1}
                value={progress}
                aria-label={t({ ko: '기울기 확인 진행률', en: 'Gradient check progress' })}
              />{' '}
              {t({
                ko: `수치 미분 중… ${Math.round(progress * 100)}%`,
                en: `Nudging every weight… ${Math.round(progress * 100)}%`,
              })}
            </p>
          )}
          <DiffTable results={results} />
          {finished && (
            <p className={passed ? 'verdict verdict-ok' : 'verdict verdict-bad'} role="status" data-verdict-text="true">
              {passed
                ? t({
                    ko: '✓ float64에서 네 매개변수 모두 평균 차이가 10⁻⁷ 미만입니다: 역전파 구현이 맞습니다.',
                    en: '✓ In float64 all four parameters agree to better than 10⁻⁷ on average: the backprop code is right.',
                  })
                : t({
                    ko: '✗ 버그를 잡았습니다: float64에서도 차이가 10⁻⁷보다 훨씬 큽니다. 역전파 코드가 틀렸습니다.',
                    en: '✗ Bug caught: even in float64 the differences are far above 10⁻⁷. The backprop code is wrong.',
                  })}
            </p>
          )}
          {w2 && <DiffHeatmap diff={w2} dtype="float64" />}
        </>
      )}
    </WidgetRoot>
  );
}
