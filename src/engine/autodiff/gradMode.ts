// A switch that turns recording off: inside noGrad, ops compute values but build no graph.

let enabled = true;

/** True when ops record their inputs for backward (false inside noGrad). */
export function isGradEnabled(): boolean {
  return enabled;
}

/** Runs fn without recording the graph (for updates, evaluation, and gradient rules themselves). */
export function noGrad<T>(fn: () => T): T {
  const previous = enabled;
  enabled = false;
  try {
    return fn();
  } finally {
    enabled = previous;
  }
}
