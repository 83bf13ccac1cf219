import { lazy, type ComponentType } from 'react';
import { kebabName } from '../../tags';
import { Figure } from './Figure';

interface WidgetOptions {
  /** Heavy widgets mount only when scrolled near the viewport. */
  heavy?: boolean;
}

/** Props every registered widget takes from a chapter: `id` names its URL-state namespace if a chapter uses it twice. */
export interface RegisteredProps {
  id?: string;
}

/**
 * Wraps a lazily loaded widget in its Figure (error boundary, loading state, state namespace, start-on-scroll).
 * The registry names the tag, so the returned factory takes it: `widget(load)(tag)`.
 */
export function widget<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  options: WidgetOptions = {},
) {
  return (tag: string) => {
    const Lazy = lazy(load) as unknown as ComponentType<P>;
    const name = kebabName(tag);
    function RegisteredWidget(props: P & RegisteredProps) {
      return (
        <Figure name={name} scope={props.id ?? name} heavy={options.heavy}>
          <Lazy {...props} />
        </Figure>
      );
    }
    RegisteredWidget.displayName = tag;
    return RegisteredWidget;
  };
}
