/** Widgets of the computational-graph and backpropagation chapters (the comp-graph widget). */
export const graphTags = ['CompGraph', 'CompGraphExercise'] as const;
