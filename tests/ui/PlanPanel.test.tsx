// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexCatalog } from '../../src/domain/graph';
import { learningPlan } from '../../src/domain/plan';
import { PlanPanel } from '../../src/ui/PlanPanel';
import { catalogOf, node } from '../domain/catalog-builder';

afterEach(cleanup);

const index = indexCatalog(
  catalogOf([
    node('MOD-210', { kind: 'placeholder', hours: null, title: 'MOD-210' }),
    node('MOD-801', { hours: 10, title: 'Leadership <b>Fundamentals</b>' }),
    node('MOD-805', {
      hours: 44,
      prerequisites: ['MOD-801', 'MOD-210'],
      roles: ['Team Lead'],
      title: 'Coaching',
    }),
  ]),
);
const pace = { hoursPerWeek: 10, startDate: '2025-01-06' };
const plan = learningPlan(index, {}, { type: 'role', role: 'Team Lead' }, pace);

function renderPanel(overrides: Partial<Parameters<typeof PlanPanel>[0]> = {}) {
  const onSelect = vi.fn();
  const onPaceChange = vi.fn();
  render(
    <PlanPanel plan={plan} pace={pace} onSelect={onSelect} onPaceChange={onPaceChange} {...overrides} />,
  );
  return { onSelect, onPaceChange };
}

describe('PlanPanel', () => {
  it('lists the items in plan order with number, id, hours, cumulative hours and dates', () => {
    renderPanel();
    const items = within(screen.getByRole('list', { name: 'Plan items in order' })).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-plan-item'))).toEqual(['MOD-210', 'MOD-801', 'MOD-805']);
    expect(items[1]!.textContent).toContain('2');
    expect(items[1]!.textContent).toContain('10 h · Σ 10 h');
    expect(items[1]!.textContent).toContain('2025-01-06 → 2025-01-12');
    expect(items[2]!.textContent).toContain('44 h · Σ 54 h');
    expect(screen.getByText(/54 h in total/)).toBeTruthy();
    expect(screen.getByText(plan.finish!)).toBeTruthy();
  });

  it('marks eligible-now items, placeholders as outside the catalog, unknown hours, and in-progress items', () => {
    renderPanel({ statuses: { 'MOD-801': 'in-progress' } });
    const [placeholder, first, goal] = screen.getAllByRole('listitem');
    expect(placeholder!.textContent).toContain('outside the catalog');
    expect(placeholder!.textContent).toContain('? h');
    expect(first!.textContent).toContain('ready now');
    expect(first!.textContent).toContain('in progress');
    expect(goal!.textContent).not.toContain('ready now');
  });

  it('renders document text as text, never as HTML', () => {
    renderPanel();
    expect(screen.getByText('Leadership <b>Fundamentals</b>')).toBeTruthy();
    expect(document.querySelector('.plan-panel b')).toBeNull();
  });

  it('clicking an item calls onSelect with its key', () => {
    const { onSelect } = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: /MOD-805/ }));
    expect(onSelect).toHaveBeenCalledWith('MOD-805');
  });

  it('pace inputs have accessible names and publish a valid pace, or null when hours are cleared', () => {
    const { onPaceChange } = renderPanel();
    fireEvent.change(screen.getByLabelText('Hours per week'), { target: { value: '6' } });
    expect(onPaceChange).toHaveBeenLastCalledWith({ hoursPerWeek: 6, startDate: '2025-01-06' });
    fireEvent.change(screen.getByLabelText('Start date'), { target: { value: '2025-03-01' } });
    expect(onPaceChange).toHaveBeenLastCalledWith({ hoursPerWeek: 6, startDate: '2025-03-01' });
    fireEvent.change(screen.getByLabelText('Hours per week'), { target: { value: '' } });
    expect(onPaceChange).toHaveBeenLastCalledWith(null);
    const calls = onPaceChange.mock.calls.length;
    fireEvent.change(screen.getByLabelText('Hours per week'), { target: { value: '-2' } });
    expect(onPaceChange.mock.calls.length).toBe(calls); // an invalid pace is not published
    expect(document.querySelector('[data-pace-error]')?.textContent).toContain('from 0.5 to 168');
    // P10: a tiny pace (dates centuries ahead) is refused the same way, and says the range.
    fireEvent.change(screen.getByLabelText('Hours per week'), { target: { value: '0.01' } });
    expect(onPaceChange.mock.calls.length).toBe(calls);
    expect(document.querySelector('[data-pace-error]')).not.toBeNull();
    fireEvent.change(screen.getByLabelText('Hours per week'), { target: { value: '7' } });
    expect(onPaceChange).toHaveBeenLastCalledWith({ hoursPerWeek: 7, startDate: '2025-03-01' });
    expect(document.querySelector('[data-pace-error]')).toBeNull();
  });

  it('without a pace, setting hours uses the default start date the shell passes', () => {
    const { onPaceChange } = renderPanel({
      pace: null,
      plan: learningPlan(index, {}, plan.goal),
      defaultStartDate: '2025-05-05',
    });
    expect(screen.getByText(/set a pace to see dates/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Hours per week'), { target: { value: '8' } });
    expect(onPaceChange).toHaveBeenLastCalledWith({ hoursPerWeek: 8, startDate: '2025-05-05' });
  });

  it('warns about cycles and unknown goals, and says when there is no goal', () => {
    const cyclic = indexCatalog(
      catalogOf([node('MOD-1', { prerequisites: ['MOD-2'] }), node('MOD-2', { prerequisites: ['MOD-1'] })]),
    );
    renderPanel({ plan: learningPlan(cyclic, {}, { type: 'nodes', keys: ['MOD-2', 'MOD-9'] }) });
    expect(screen.getByRole('alert').textContent).toContain('MOD-1 → MOD-2 → MOD-1');
    expect(screen.getByText(/Not in the catalog: MOD-9/)).toBeTruthy();
    cleanup();
    renderPanel({ plan: null });
    expect(screen.getByText(/No goal yet/)).toBeTruthy();
  });
});
