// The model trained (or loaded) in this session, shared by the trainer and the drawing pad.
// Weights are not UI state, so they live in this small module store rather than a zustand store.
import { useSyncExternalStore } from 'react';
import type { ModelWeights } from '../../../worker/client';

/** The session's model and where it came from. */
export interface SessionModel {
  readonly model: ModelWeights;
  readonly source: 'trained' | 'uploaded' | 'bundled';
}

let current: SessionModel | null = null;
const listeners = new Set<() => void>();

export function setSessionModel(next: SessionModel | null): void {
  current = next;
  listeners.forEach((l) => l());
}

export function getSessionModel(): SessionModel | null {
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The session's model, re-rendering when it changes. */
export function useSessionModel(): SessionModel | null {
  return useSyncExternalStore(subscribe, getSessionModel, getSessionModel);
}
