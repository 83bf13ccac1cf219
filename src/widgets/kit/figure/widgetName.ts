import { createContext, useContext } from 'react';

/** The kebab name of the widget a Figure holds (set by Figure from the registry's tag); undefined outside a Figure. */
export const WidgetName = createContext<string | undefined>(undefined);

export function useWidgetName(): string | undefined {
  return useContext(WidgetName);
}
