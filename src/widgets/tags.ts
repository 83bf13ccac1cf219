/**
 * The vocabulary a chapter may use: one source of truth shared by the build-time
 * MDX check (scripts/mdx/remarkWidgetTags.ts) and the runtime registry (./registry.tsx).
 * Plain data only, so the Vite config can import it without React.
 * Adding a widget: one line here, one line in ./registry.tsx (which fails to compile without it).
 */

/** Interactive widgets, by MDX tag. Each maps to `data-widget="<kebab-case tag>"`. */
export const widgetTags = [
  'PerceptronGate',
  'XorNetwork',
  'ActivationPlot',
  'LinearCollapse',
  'Softmax',
  'Matmul',
  'ForwardPass',
  'Loss',
  'Advertising',
  'GradientDescent',
  'SgdCompare',
  'InitCompare',
  'CompGraph',
  'CompGraphExercise',
  'LayerLab',
  'GradientCheck',
  'OptimizerRace',
  'TwoLayerNet',
  'MnistTrainer',
  'DigitPad',
] as const;

/** Prose helpers that are not widgets (asides and the like). */
export const proseTags = ['Note', 'EngineSource', 'SlideBreak', 'GlossaryTerm'] as const;

export type WidgetTag = (typeof widgetTags)[number];
export type ProseTag = (typeof proseTags)[number];

/** PerceptronGate → perceptron-gate: the stable name tests and instructors use. */
export function kebabName(tag: string): string {
  return tag.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}
