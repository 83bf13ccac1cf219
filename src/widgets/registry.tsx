import { lazy, type ComponentType } from 'react';
import { Figure } from './controls/Figure';
import { kebabName, type WidgetTag } from './tags';

interface WidgetOptions {
  heavy?: boolean;
}

/** Wraps a lazily loaded widget in its Figure (error boundary, loading state, start-on-scroll). */
function widget<P extends object>(tag: WidgetTag, load: () => Promise<{ default: ComponentType<P> }>, options: WidgetOptions = {}) {
  const Lazy = lazy(load) as unknown as ComponentType<P>;
  const name = kebabName(tag);
  function RegisteredWidget(props: P) {
    return (
      <Figure name={name} heavy={options.heavy}>
        <Lazy {...props} />
      </Figure>
    );
  }
  RegisteredWidget.displayName = tag;
  return RegisteredWidget;
}

/**
 * The one registry: every tag a chapter may use. Its keys are checked against
 * src/widgets/tags.ts at compile time, and chapters against the tags at build time.
 */
export const widgetComponents = {
  PerceptronGate: widget('PerceptronGate', () => import('./perceptronGate/PerceptronGate')),
  XorNetwork: widget('XorNetwork', () => import('./xorNetwork/XorNetwork')),
} satisfies Record<WidgetTag, unknown>;
