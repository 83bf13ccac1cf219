import type { HTMLAttributes } from 'react';
import { useWidgetName } from './widgetName';

export interface WidgetRootProps extends HTMLAttributes<HTMLDivElement> {
  /** The widget's state as tests read it, e.g. { 'data-status': 'done' }. */
  [data: `data-${string}`]: string | number | boolean | undefined;
}

/**
 * A widget's outermost element: `class="widget …"` and `data-widget="<kebab name>"`, the name coming from the
 * Figure the registry wraps it in, so no widget writes its own name. Tests find a widget by `[data-widget="…"]`
 * and read its state from this element's data attributes.
 */
export function WidgetRoot({ className, ...rest }: WidgetRootProps) {
  const name = useWidgetName();
  return <div className={className ? `widget ${className}` : 'widget'} data-widget={name} {...rest} />;
}
