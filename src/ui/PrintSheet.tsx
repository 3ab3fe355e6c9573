// The print-only sheet (print.css shows it and hides the app): with a goal, the path picture (PT3) on a landscape page
// of its own, scaled to the paper's width, title and legend included, then the plan list; without one, the plan note and the map as on screen.
// The picture is an <img> of the SVG the export builds from data, so it always fits A4 or Letter width.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { localIsoDate } from '../domain/dates';
import { selectPath, selectPlan, selectProgress } from '../store/derived';
import { selectExportData } from '../store/exportData';
import { activeProfile, activeStatuses } from '../store/progressSlice';
import { usePlanner, usePlannerStore } from '../store/react';

type Svgs = typeof import('../export/pathPictureSvgs');

const BurnUpPrint = lazy(() => import('./BurnUpChart').then((m) => ({ default: m.BurnUpPrint })));

/** The path picture's SVGs; the builder loads in the background once a goal is set (not in the first bundle). */
function usePathPictures(): string[] {
  const store = usePlannerStore();
  const path = usePlanner(selectPath);
  const profile = usePlanner(activeProfile);
  const statuses = usePlanner(activeStatuses);
  const [builder, setBuilder] = useState<Svgs | null>(null);
  useEffect(() => {
    if (!path || builder) return;
    let live = true;
    void import('../export/pathPictureSvgs').then((m) => live && setBuilder(m));
    return () => {
      live = false;
    };
  }, [path, builder]);
  return useMemo(
    () =>
      builder && path
        ? builder.pathPictureSvgs(selectExportData(store.getState()), localIsoDate(new Date()))
        : [],
    // The picture reads the path, statuses and the profile (name, goal, pace) from the store.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [builder, path, profile, statuses, store],
  );
}

export function PrintSheet() {
  const plan = usePlanner(selectPlan);
  const profile = usePlanner(activeProfile);
  const p = usePlanner(selectProgress);
  const byKey = usePlanner((s) => s.index.byKey);
  const pictures = usePathPictures();
  const goal = profile.goal
    ? profile.goal.type === 'role'
      ? profile.goal.role
      : profile.goal.keys.map((k) => byKey.get(k)?.id ?? k).join(', ')
    : 'none chosen';
  return (
    <section
      className="print-sheet"
      aria-hidden="true"
      data-print-sheet
      data-print-path={pictures.length > 0 ? '' : undefined}
    >
      {pictures.map((svg, i) => (
        <img
          key={i}
          className="print-sheet__picture"
          alt={`Path picture${pictures.length > 1 ? `, part ${i + 1} of ${pictures.length}` : ''}`}
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
        />
      ))}
      <h1>Learning path: {profile.name}</h1>
      <p>
        Goal: {goal} · {p.done} of {p.total} done · {new Date().toLocaleDateString()}
      </p>
      {profile.pace && (
        <Suspense fallback={null}>
          <BurnUpPrint title={`${profile.name}: planned vs done`} />
        </Suspense>
      )}
      {plan && plan.items.length > 0 ? (
        <ol className="print-sheet__plan">
          {plan.items.map((i) => (
            <li key={i.key}>
              <span className="mono">{i.id}</span> {i.title !== i.id ? i.title : ''} —{' '}
              {i.hoursKnown ? `${i.hours} h` : 'hours not stated'}
              {i.start && i.finish ? `, ${i.start} → ${i.finish}` : ''}
              {profile.notes[i.key] ? (
                <div className="print-sheet__note">Note: {profile.notes[i.key]}</div>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p>No learning plan: choose a goal to print one.</p>
      )}
    </section>
  );
}
