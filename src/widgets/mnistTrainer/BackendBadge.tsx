import type { TrainBackend } from '../../worker/client';
import { useT } from '../../state/lang';

const names: Record<TrainBackend, { ko: string; en: string }> = {
  'wasm-relaxed': { ko: 'WebAssembly SIMD + FMA', en: 'WebAssembly SIMD + FMA' },
  'wasm-simd': { ko: 'WebAssembly SIMD', en: 'WebAssembly SIMD' },
  js: { ko: 'JavaScript', en: 'JavaScript' },
};

/** Which arithmetic trains and on how many workers (once a run has started), and why not faster, if something failed. */
export function BackendBadge({
  backend,
  note,
  workers,
}: {
  backend: TrainBackend | null;
  note: string;
  workers: number;
}) {
  const t = useT();
  if (!backend) return null;
  return (
    <p className="mnist-backend" data-backend={backend}>
      <span className="mnist-backend-label">{t({ ko: '계산', en: 'Computed with' })}</span>{' '}
      <strong>{t(names[backend])}</strong>
      {' · '}
      <span className="mnist-backend-workers" data-workers={workers}>
        {t({ ko: `워커 ${workers}개`, en: workers === 1 ? '1 worker' : `${workers} workers` })}
      </span>
      {note && (
        <span className="mnist-backend-note" role="note">
          {' '}
          (
          {backend === 'js'
            ? t({
                ko: 'WebAssembly를 쓰지 못해 JavaScript로 학습합니다',
                en: 'WebAssembly is not used, so this trains in JavaScript',
              })
            : t({ ko: '기대보다 느린 설정입니다', en: 'slower than it could be' })}
          : {note})
        </span>
      )}
    </p>
  );
}
