import { useT } from '../../state/lang';
import { BackendBadge } from './BackendBadge';
import { etaMs, type TrainerView } from './trainerView';
import { formatReadout } from '../kit/format';

function seconds(ms: number): string {
  return Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : '—';
}

/** The status line (the testability contract lives on it), progress bars and speed numbers. */
export function TrainerStatus({ view }: { view: TrainerView }) {
  const t = useT();
  const last = view.epochs.at(-1);
  const epoch = view.stepsPerEpoch > 0 ? Math.ceil(view.step / view.stepsPerEpoch) : 0;
  const stateText = {
    idle: t({ ko: '대기 중', en: 'Idle' }),
    loading: t({ ko: '데이터를 내려받는 중', en: 'Downloading data' }),
    training: t({ ko: '학습 중', en: 'Training' }),
    paused: t({ ko: '일시 정지', en: 'Paused' }),
    done: view.stopped ? t({ ko: '중지됨', en: 'Stopped' }) : t({ ko: '완료', en: 'Done' }),
    error: t({ ko: '오류', en: 'Error' }),
  }[view.state];
  const pct = view.total > 0 ? Math.round((100 * view.loaded) / view.total) : 0;
  return (
    <div className="mnist-status-block">
      <p
        className="mnist-status"
        role="status"
        data-state={view.state}
        data-epoch={epoch}
        data-step={view.step}
        data-train-acc={last ? String(last.trainAcc) : ''}
        data-test-acc={last ? String(last.testAcc) : ''}
        data-samples-per-sec={String(view.samplesPerSec)}
        data-backend={view.backend ?? ''}
        data-workers={view.workers}
      >
        <strong>{stateText}</strong>
        {view.state !== 'idle' && view.totalSteps > 0 && (
          <span>
            {' '}
            · {t({ ko: '에폭', en: 'epoch' })} {epoch} · {t({ ko: '단계', en: 'step' })} {view.step}/{view.totalSteps}
          </span>
        )}
        {last && (
          <span>
            {' '}
            · {t({ ko: '시험 정확도', en: 'test accuracy' })} {formatReadout(last.testAcc, 'percent')}
          </span>
        )}
      </p>
      <BackendBadge backend={view.backend} note={view.backendNote} workers={view.workers} />
      {view.state === 'loading' && (
        <label className="mnist-progress">
          {t({ ko: '데이터', en: 'Data' })}: {(view.loaded / 1e6).toFixed(1)} / {(view.total / 1e6).toFixed(1)} MB (
          {pct}%)
          <progress max={Math.max(view.total, 1)} value={view.loaded} />
        </label>
      )}
      {view.totalSteps > 0 && (
        <>
          <label className="mnist-progress">
            {t({ ko: '학습 진행', en: 'Training progress' })}: {Math.round((100 * view.step) / view.totalSteps)}%
            <progress max={view.totalSteps} value={view.step} />
          </label>
          <dl className="mnist-stats">
            <div>
              <dt>{t({ ko: '초당 샘플', en: 'samples/s' })}</dt>
              <dd className="num">{Math.round(view.samplesPerSec).toLocaleString('en-US')}</dd>
            </div>
            <div>
              <dt>{t({ ko: '경과', en: 'elapsed' })}</dt>
              <dd className="num">{seconds(view.elapsedMs)}</dd>
            </div>
            <div>
              <dt>{t({ ko: '남은 시간', en: 'ETA' })}</dt>
              <dd className="num">{view.state === 'done' ? '0.0 s' : seconds(etaMs(view))}</dd>
            </div>
          </dl>
        </>
      )}
    </div>
  );
}
