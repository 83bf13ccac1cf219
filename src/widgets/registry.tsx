import { foundationsWidgets } from './catalog/foundationsWidgets';
import { graphWidgets } from './catalog/graphWidgets';
import { learningWidgets } from './catalog/learningWidgets';
import { layersWidgets } from './catalog/layersWidgets';
import { mnistWidgets } from './catalog/mnistWidgets';
import { perceptronWidgets } from './catalog/perceptronWidgets';
import type { WidgetTag } from './tags';

/**
 * The one registry: every tag a chapter may use. Typed as a Record over the tags,
 * so a tag without a widget (or a widget without a tag) fails to compile; chapters
 * are checked against the tags at build time.
 */
export const widgetComponents = {
  ...perceptronWidgets,
  ...foundationsWidgets,
  ...learningWidgets,
  ...graphWidgets,
  ...layersWidgets,
  ...mnistWidgets,
} satisfies Record<WidgetTag, unknown>;
