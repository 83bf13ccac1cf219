import { useCallback, useEffect, useState } from 'react';
import { loadSmallMnist, type SmallMnist } from '../../../data/smallMnist';

export type MnistLoad =
  { status: 'loading' } | { status: 'ready'; data: SmallMnist } | { status: 'error'; message: string };

/** The 1,000-image MNIST subset, loaded once per page; retry() after a failed load. */
export function useSmallMnist(): [MnistLoad, () => void] {
  const [state, setState] = useState<MnistLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    loadSmallMnist().then(
      (data) => live && setState({ status: 'ready', data }),
      (err: unknown) =>
        live && setState({ status: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((a) => a + 1);
  }, []);
  return [state, retry];
}
