import { useT } from '../../../state/lang';
import type { MnistLoad } from './useSmallMnist';

/** What a widget shows while the MNIST subset loads, or why it could not. */
export function MnistStatus({ load, retry }: { load: MnistLoad; retry: () => void }) {
  const t = useT();
  if (load.status === 'ready') return null;
  if (load.status === 'loading')
    return (
      <p className="mnist-status" role="status">
        {t({ ko: 'MNIST 이미지 1,000장을 불러오는 중…', en: 'Loading 1,000 MNIST images…' })}
      </p>
    );
  return (
    <div className="verdict verdict-bad" role="alert">
      <p>
        {t({ ko: 'MNIST 데이터를 불러오지 못했습니다: ', en: 'The MNIST data could not be loaded: ' })}
        {load.message}
      </p>
      <button type="button" className="chip" onClick={retry}>
        {t({ ko: '다시 시도', en: 'Try again' })}
      </button>
    </div>
  );
}
