// The Map / List switch, on every screen size. data-action="show-list" / "show-map" (issue 17 contract).
import { usePlannerStore } from '../store/react';
import { useShownView } from './useShownView';

export function ViewSwitch() {
  const store = usePlannerStore();
  const shown = useShownView();
  return (
    <div className="viewswitch" role="group" aria-label="View">
      {(['map', 'list'] as const).map((v) => (
        <button
          key={v}
          type="button"
          className={`viewswitch__btn${shown === v ? ' viewswitch__btn--on' : ''}`}
          aria-pressed={shown === v}
          data-action={`show-${v}`}
          onClick={() => store.getState().setView(v)}
        >
          {v === 'map' ? 'Map' : 'List'}
        </button>
      ))}
    </div>
  );
}
