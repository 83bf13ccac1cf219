import { useT } from '../../state/lang';
import { trainLimits } from '../../worker/client';
import { Slider } from '../kit/controls/Slider';

/** The default and the most workers: this machine's logical cores, at most trainLimits.workers.max (8). */
export function availableWorkers(): number {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  return Math.max(trainLimits.workers.min, Math.min(cores, trainLimits.workers.max));
}

/** How many workers split each batch (1…cores). A property of the reader's machine, so not in the URL. */
export function WorkersSetting({
  value,
  onChange,
  locked,
}: {
  value: number;
  onChange: (n: number) => void;
  locked: boolean;
}) {
  const t = useT();
  const max = availableWorkers();
  if (max <= 1) return null;
  return (
    <fieldset className="mnist-settings mnist-workers" disabled={locked}>
      <Slider
        name="workers"
        label={t({ ko: '워커 수 (데이터 병렬)', en: 'workers (data parallel)' })}
        value={value}
        defaultValue={max}
        min={1}
        max={max}
        step={1}
        fineStep={1}
        onChange={(n) => onChange(Math.round(n))}
      />
    </fieldset>
  );
}
