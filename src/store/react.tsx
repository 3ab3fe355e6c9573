// React bindings: the store is provided through context (one per app, fresh ones in tests); components read narrow slices.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { PlannerStore } from './store';
import type { PlannerState } from './types';

const StoreContext = createContext<PlannerStore | null>(null);

export function PlannerProvider({ store, children }: { store: PlannerStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function usePlannerStore(): PlannerStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('usePlannerStore outside <PlannerProvider>');
  return store;
}

/** Reads one value (or a primitive) from the store; re-renders only when it changes. */
export function usePlanner<T>(selector: (s: PlannerState) => T): T {
  return useStore(usePlannerStore(), selector);
}

/** Reads several values at once, compared shallowly (objects of actions and primitives). */
export function usePlannerShallow<T extends object>(selector: (s: PlannerState) => T): T {
  return useStore(usePlannerStore(), useShallow(selector));
}
