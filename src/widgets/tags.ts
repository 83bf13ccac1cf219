/**
 * The vocabulary a chapter may use: one source of truth shared by the build-time
 * MDX check (scripts/mdx/remarkWidgetTags.ts) and the runtime registry.
 * Plain data only, so the Vite config can import it without React.
 * Each area of the book keeps its own list in src/widgets/catalog/<area>Tags.ts.
 */
import { foundationsTags } from './catalog/foundationsTags';
import { graphTags } from './catalog/graphTags';
import { learningTags } from './catalog/learningTags';
import { layersTags } from './catalog/layersTags';
import { mnistTags } from './catalog/mnistTags';
import { perceptronTags } from './catalog/perceptronTags';

/** Interactive widgets, by MDX tag. Each maps to `data-widget="<kebab-case tag>"`. */
export const widgetTags = [...perceptronTags, ...foundationsTags, ...learningTags, ...graphTags, ...layersTags, ...mnistTags] as const;

/** Prose helpers that are not widgets (asides and the like). */
export const proseTags = ['Note', 'EngineSource', 'SlideBreak', 'GlossaryTerm'] as const;

export type WidgetTag = (typeof widgetTags)[number];
export type ProseTag = (typeof proseTags)[number];

/** PerceptronGate → perceptron-gate: the stable name tests and instructors use. */
export function kebabName(tag: string): string {
  return tag.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}
