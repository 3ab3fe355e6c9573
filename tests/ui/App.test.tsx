// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createPlannerStore } from '../../src/store/store';
import { App } from '../../src/ui/App';
import { renderApp } from './renderApp';
import { fixtureBuild, fixtureStore } from '../store/fixtureCatalog';

afterEach(cleanup);

const node = (id: string) => document.querySelector<HTMLElement>(`[data-node-id="${id}"]`);

async function renderSeeds() {
  return renderApp();
}

describe('App on the seed catalog (jsdom)', () => {
  it('renders every seed node with the test contract attributes', async () => {
    await renderSeeds();
    const mod = node('MOD-705')!;
    expect(mod.dataset.kind).toBe('module');
    expect(mod.dataset.status).toBe('not-started');
    expect(mod.dataset.eligible).toBe('false');
    expect(mod.dataset.nodeKey).toBe('MOD-705');
    expect(mod.querySelector('[data-action="toggle-complete"]')).not.toBeNull();
    expect(node('MOD-210')?.dataset.kind).toBe('placeholder');
    expect(document.querySelectorAll('[data-node-id]').length).toBeGreaterThanOrEqual(3);
    expect(mod.textContent).toContain('Needs MOD-210, MOD-402');
  });

  it('the graph carries data-revealing while cards arrive, and drops it once every node is out', async () => {
    const store = createPlannerStore();
    render(<App store={store} />);
    const graph = document.querySelector<HTMLElement>('.graph')!;
    const seen: (string | undefined)[] = [];
    const watch = new MutationObserver(() => seen.push(graph.dataset.revealing));
    watch.observe(graph, { attributes: true, attributeFilter: ['data-revealing'] });
    await act(() => store.getState().rebuildCatalog([]));
    await waitFor(() => expect(graph.dataset.revealing).toBeUndefined());
    watch.disconnect();
    expect(seen).toContain('true');
    const shown = new Set(
      [...document.querySelectorAll<HTMLElement>('[data-node-id]')].map((el) => el.dataset.nodeId),
    );
    for (const n of store.getState().catalog.nodes) expect(shown.has(n.id), n.id).toBe(true);
  });

  it('completing prerequisites makes MOD-705 eligible and progress counts it when done', async () => {
    await renderSeeds();
    const progress = document.querySelector('[data-panel="progress"]')!;
    expect(progress.querySelector('[data-progress="done"]')?.textContent).toBe('0');
    fireEvent.click(node('MOD-210')!.querySelector('[data-action="toggle-complete"]')!);
    expect(node('MOD-705')!.dataset.eligible).toBe('false');
    expect(node('MOD-705')!.textContent).toContain('Needs MOD-402');
    fireEvent.click(node('MOD-402')!.querySelector('[data-action="toggle-complete"]')!);
    expect(node('MOD-210')!.dataset.status).toBe('completed');
    expect(node('MOD-705')!.dataset.eligible).toBe('true');
    fireEvent.click(node('MOD-705')!.querySelector('[data-action="toggle-complete"]')!);
    expect(node('MOD-705')!.dataset.status).toBe('completed');
    expect(node('MOD-705')!.dataset.eligible).toBe('false');
    expect(progress.querySelector('[data-progress="done"]')?.textContent).toBe('1');
    expect(progress.querySelector('[data-progress="hours-done"]')?.textContent).toBe('46');
  });

  it('keyboard: Space toggles, Enter opens the side panel, Esc closes it, Ctrl+Z undoes', async () => {
    await renderSeeds();
    const mod = node('MOD-805')!;
    mod.focus();
    fireEvent.keyDown(mod, { key: ' ' });
    expect(node('MOD-805')!.dataset.status).toBe('completed');
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(node('MOD-805')!.dataset.status).toBe('not-started');
    fireEvent.keyDown(node('MOD-805')!, { key: 'Enter' });
    expect(screen.getByRole('heading', { level: 2, name: /Coaching/ })).toBeTruthy();
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(document.querySelector('[data-side-panel]')).toBeNull();
  });

  it('Esc closes the side panel while a Status option (a radio) has focus; in the search field it does not', async () => {
    await renderSeeds();
    fireEvent.keyDown(node('MOD-805')!, { key: 'Enter' });
    const skipped = document.querySelector<HTMLInputElement>('[data-action="mark-skipped"]')!;
    skipped.focus();
    fireEvent.keyDown(skipped, { key: 'Escape' });
    expect(document.querySelector('[data-side-panel]')).toBeNull();
    fireEvent.keyDown(node('MOD-805')!, { key: 'Enter' });
    const search = document.getElementById('planner-search')!;
    fireEvent.keyDown(search, { key: 'Escape' });
    expect(document.querySelector('[data-side-panel]')).not.toBeNull();
  });

  it('search dims nodes that do not match', async () => {
    const store = await renderSeeds();
    act(() => store.getState().setSearch('mentorship'));
    expect(node('MOD-705')!.className).not.toContain('card--dimmed');
    expect(node('MOD-210')!.className).toContain('card--dimmed');
  });
});

describe('goal, plan and gaps (issue 4 UI)', () => {
  it('choosing a role goal opens the plan panel, lists plan items and dims nodes off the path', async () => {
    await renderSeeds();
    const select = document.querySelector<HTMLSelectElement>('select[data-action="choose-goal"]')!;
    const role = [...select.options].find((o) => o.value.startsWith('role:Principal'))!;
    fireEvent.change(select, { target: { value: role.value } });
    const panel = document.querySelector('[data-panel="plan"]')!;
    expect(panel).not.toBeNull();
    const items = [...panel.querySelectorAll('[data-plan-item]')].map((li) =>
      li.getAttribute('data-plan-item'),
    );
    expect(items).toContain('MOD-705');
    expect(items).toEqual(expect.arrayContaining(['MOD-210', 'MOD-402']));
    expect(items).not.toContain('MOD-805');
    expect(node('MOD-805')!.className).toContain('card--dimmed');
    expect(node('MOD-705')!.className).toContain('card--highlighted');
    // Completing a plan item removes it from the plan.
    fireEvent.click(node('MOD-210')!.querySelector('[data-action="toggle-complete"]')!);
    expect(
      [...panel.querySelectorAll('[data-plan-item]')].map((li) => li.getAttribute('data-plan-item')),
    ).not.toContain('MOD-210');
  });

  it('choosing a competency in the gap matrix highlights the nodes that build it', async () => {
    const store = await renderSeeds();
    act(() => {
      store.getState().setGapRole('Principal AI Infrastructure Engineer');
      store.getState().openPanel('gaps');
    });
    const row = document.querySelector<HTMLElement>('[data-panel="gaps"] [data-competency="mentorship"]');
    expect(row).not.toBeNull();
    fireEvent.click(row!.querySelector('button')!);
    expect(store.getState().highlightCompetency).toBe('mentorship');
    expect(node('MOD-705')!.className).toContain('card--highlighted');
    expect(node('MOD-210')!.className).toContain('card--dimmed');
  });
});

describe('side panel renders document text safely', () => {
  it('shows hostile markup as text: no element, no script, no javascript: link', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { store } = fixtureStore({
      seeds: [{ path: 'evil.md', text: `MOD-66 | ${hostile} | | Engineer | 3` }],
      build: (docs) => {
        const c = fixtureBuild(docs);
        const n = c.nodes[0]!;
        n.objectives = ['Read javascript:alert(1) and https://example.com/ok carefully', hostile];
        n.sections = [{ heading: '<script>x</script>', lines: ['<b>bold?</b>'] }];
        return c;
      },
    });
    await renderApp(store);
    fireEvent.keyDown(node('MOD-66')!, { key: 'Enter' });
    const panel = document.querySelector('[data-side-panel="details"]')!;
    expect(panel.textContent).toContain(hostile);
    expect(panel.textContent).toContain('<script>x</script>');
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('script')).toBeNull();
    expect(panel.querySelector('b')).toBeNull();
    expect(panel.querySelector('a[href^="javascript"]')).toBeNull();
    expect(panel.querySelector('a[href="https://example.com/ok"]')?.getAttribute('rel')).toContain(
      'noopener',
    );
  });
});
