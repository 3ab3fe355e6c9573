// @vitest-environment jsdom
// T1–T7 in the app: the Team board shows the learners of this browser and of opened pathway files; a truncated file is
// named and left out while the other rows still come.
import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { pathwayFile } from '../../src/session/pathwayFiles';
import { renameProfile } from '../../src/store/profileActions';
import { PlannerProvider } from '../../src/store/react';
import { createPlannerStore } from '../../src/store/store';
import { TeamBoard } from '../../src/ui/TeamBoard';

afterEach(cleanup);

async function saved(name: string, completed: string[]) {
  const store = createPlannerStore();
  await store.getState().rebuildCatalog([]);
  renameProfile(store, store.getState().profiles.activeId, name);
  for (const key of completed) store.getState().setStatus(key, 'completed');
  return pathwayFile(store, new Date('2027-02-01T09:00:00Z')).json;
}

describe('Team board', () => {
  it('T1/T6: two saved files give rows with done 1 and 2; a truncated third is named and left out', async () => {
    const ana = await saved('Ana', ['MOD-705']);
    const ben = await saved('Ben', ['MOD-705', 'MOD-805']);
    const store = createPlannerStore();
    await act(() => store.getState().rebuildCatalog([]));
    render(
      <PlannerProvider store={store}>
        <TeamBoard onClose={() => {}} />
      </PlannerProvider>,
    );
    expect(document.querySelectorAll('[data-team-row]')).toHaveLength(1); // "Me", this browser
    const input = document.querySelector<HTMLInputElement>('[data-action="team-files"]')!;
    const files = [
      new File([ana], 'ana.json', { type: 'application/json' }),
      new File([ben], 'ben.json', { type: 'application/json' }),
      new File([ana.slice(0, Math.floor(ana.length / 2))], 'cut.json', { type: 'application/json' }),
    ];
    fireEvent.change(input, { target: { files } });
    await waitFor(() => expect(document.querySelector('[data-team-row="Ben"]')).not.toBeNull());
    const row = (name: string) => document.querySelector<HTMLElement>(`[data-team-row="${name}"]`)!;
    expect(row('Ana').dataset.done).toBe('1');
    expect(row('Ben').dataset.done).toBe('2');
    expect(row('Ben').textContent).toContain('67%');
    const problem = document.querySelector('[data-team-problem="cut.json"]')!;
    expect(problem.textContent).toMatch(/cut\.json left out: .*truncated/);
    // Sorting by % done, descending on the second click.
    fireEvent.click(document.querySelector('[data-sort="percent"]')!);
    fireEvent.click(document.querySelector('[data-sort="percent"]')!);
    const order = [...document.querySelectorAll<HTMLElement>('[data-team-row]')].map(
      (r) => r.dataset.teamRow,
    );
    expect(order).toEqual(['Ben', 'Ana', 'Me']);
    expect(store.getState().notices.at(-1)?.text).toMatch(
      /^Opened 2 learners from 3 files in \d+ ms; 1 left out\.$/,
    );
  });
});
