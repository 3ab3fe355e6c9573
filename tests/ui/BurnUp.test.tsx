// @vitest-environment jsdom
// BU1–BU8 in the app: the ahead/behind line beside the progress bar and the chart in the plan panel.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { dayToIso, isoToDay, localIsoDate } from '../../src/domain/dates';
import { selectBurnUp } from '../../src/store/burnUp';
import { PlannerProvider } from '../../src/store/react';
import type { PlannerStore } from '../../src/store/store';
import { PlanView } from '../../src/ui/PlanView';
import { ProgressSummary } from '../../src/ui/ProgressSummary';
import { fixtureStore } from '../store/fixtureCatalog';

afterEach(cleanup);

const daysAgo = (n: number) => dayToIso(isoToDay(localIsoDate(new Date()))! - n);

/** Fixture chain MOD-1 (10 h) → MOD-2 (20 h) → MOD-3 (30 h); MOD-1 completed 12 days ago, pace 1 h a day from 20 days ago. */
async function learnerBehind(): Promise<PlannerStore> {
  const { store } = fixtureStore();
  await act(() => store.getState().rebuildCatalog([]));
  const { profiles } = store.getState();
  const me = profiles.profiles[profiles.activeId]!;
  act(() =>
    store.getState().setProfiles({
      ...profiles,
      profiles: {
        [me.id]: {
          ...me,
          statuses: { 'MOD-1': 'completed' },
          goal: { type: 'nodes', keys: ['MOD-3'] },
          pace: { hoursPerWeek: 7, startDate: daysAgo(20) },
          // The dated history the progress records keep (StatusEvent: { status, at }).
          history: { 'MOD-1': [{ status: 'completed', at: `${daysAgo(12)}T10:00:00.000Z` }] },
        },
      },
    }),
  );
  return store;
}

describe('burn-up in the app', () => {
  it('BU4: beside the progress bar: "N days behind the plan" with a sparkline; a click opens the plan', async () => {
    const store = await learnerBehind();
    render(
      <PlannerProvider store={store}>
        <ProgressSummary />
      </PlannerProvider>,
    );
    // By the end of yesterday (day 19) the plan expected 20 h; 10 h is where it was at the end of day 9.
    const status = screen.getByRole('button', { name: /10 days behind the plan/ });
    expect(status.getAttribute('data-behind-days')).toBe('10');
    expect(status.querySelector('img')?.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    fireEvent.click(status);
    expect(store.getState().panel).toBe('plan');
  });

  it('BU2–BU5: the plan panel shows the chart with a text summary and PNG/SVG downloads', async () => {
    const store = await learnerBehind();
    render(
      <PlannerProvider store={store}>
        <PlanView />
      </PlannerProvider>,
    );
    const chart = await screen.findByRole('img', { name: /^Burn-up chart:/ }, { timeout: 5_000 });
    expect(chart.getAttribute('alt')).toBe(
      `Burn-up chart: 10 of 60 hours done, 10 days behind the plan, projected finish ${dayToIso(isoToDay(localIsoDate(new Date()))! + 49)} (planned ${daysAgo(20 - 59)}).`,
    );
    expect(decodeURIComponent(chart.getAttribute('src')!)).toContain('data-line="actual"');
    expect(document.querySelector('[data-action="export-burnup-png"]')).not.toBeNull();
    expect(document.querySelector('[data-action="export-burnup-svg"]')).not.toBeNull();
  });

  it('BU8: without a pace there is no chart and no ahead/behind line', async () => {
    const store = await learnerBehind();
    act(() => store.getState().setPace(null));
    render(
      <PlannerProvider store={store}>
        <ProgressSummary />
        <PlanView />
      </PlannerProvider>,
    );
    expect(document.querySelector('[data-burnup-status]')).toBeNull();
    expect(document.querySelector('[data-burnup]')).toBeNull();
  });

  it('BU3: a card completed in the app counts on the day it was completed (the store records the date)', async () => {
    const { store } = fixtureStore();
    await act(() => store.getState().rebuildCatalog([]));
    act(() => store.getState().setGoal({ type: 'nodes', keys: ['MOD-3'] }));
    act(() => store.getState().setPace({ hoursPerWeek: 7, startDate: daysAgo(5) }));
    act(() => store.getState().setStatus('MOD-1', 'completed'));
    const today = localIsoDate(new Date());
    const b = selectBurnUp(store.getState(), today)!;
    expect(b.undated).toBe(0);
    expect(b.doneHours).toBe(10);
    // Recorded as a UTC moment; the burn-up reads its date, which is today or (near midnight) a day off.
    const completed = b.actual.find((p) => p.hours === 10)!.date;
    expect(Math.abs(isoToDay(completed)! - isoToDay(today)!)).toBeLessThanOrEqual(1);
  });
});
