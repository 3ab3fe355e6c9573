// React bindings: the store is provided through context (one per app, fresh ones in tests); components read narrow slices.
import { createContext, useContext, useRef, type ReactNode } from 'react';
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

/**
 * Reads a record of fields and keeps the previous record while every field is the same (Object.is). For hot
 * paths with many subscribers (one per graph card): cheaper than useShallow, which builds Maps to compare objects.
 */
export function usePlannerFields<T extends Record<string, unknown>>(selector: (s: PlannerState) => T): T {
  const last = useRef<T | null>(null);
  return usePlanner((s) => {
    const next = selector(s);
    const prev = last.current;
    if (prev && sameFields(prev, next)) return prev;
    last.current = next;
    return next;
  });
}

function sameFields(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const k in b) if (!Object.is(a[k], b[k])) return false;
  return true;
}
