// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { competencyGaps } from '../../src/domain/gaps';
import { indexCatalog } from '../../src/domain/graph';
import { GapMatrix } from '../../src/ui/GapMatrix';
import { catalogOf, node } from '../domain/catalog-builder';

afterEach(cleanup);

const ROLE = 'Team Lead';
const index = indexCatalog(
  catalogOf([
    node('MOD-801', { roles: [ROLE], competencies: [['Mentorship', 'Working']] }),
    node('MOD-805', {
      roles: [ROLE],
      prerequisites: ['MOD-801'],
      competencies: [
        ['mentorship', 'Advanced'],
        ['<img src=x>', 'Proficient'],
      ],
    }),
    ...[1, 2, 3, 4, 5, 6, 7].map((i) =>
      node(`MOD-9${i}`, { key: `MOD-9${i}@x`, competencies: [['<img src=x>', 'Expert']] }),
    ),
  ]),
);
const report = competencyGaps(index, { 'MOD-801': 'completed' }, ROLE);

function renderMatrix(selected: string | null = null) {
  const onSelectCompetency = vi.fn();
  const onSelectNode = vi.fn();
  render(
    <GapMatrix
      report={report}
      selectedCompetency={selected}
      onSelectCompetency={onSelectCompetency}
      onSelectNode={onSelectNode}
    />,
  );
  return { onSelectCompetency, onSelectNode };
}

describe('GapMatrix', () => {
  it('shows competency, required, attained and gap per row, gaps first', () => {
    renderMatrix();
    const table = screen.getByRole('table', { name: `Competency gaps for ${ROLE}` });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-competency'))).toEqual(['img-src-x', 'mentorship']);
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((c) => c.textContent)
        .slice(0, 3),
    ).toEqual(['Advanced', 'Working', '2']);
    expect(within(rows[0]!).getAllByRole('cell')[1]!.textContent).toBe('—'); // nothing attained
  });

  it('draws a level bar across the 5-level scale with an accessible description', () => {
    renderMatrix();
    const bar = screen.getByRole('img', { name: 'attained Working of required Advanced' });
    expect(bar.querySelectorAll('.gap-matrix__cell')).toHaveLength(5);
    expect(bar.querySelectorAll('.gap-matrix__cell--attained')).toHaveLength(2);
    expect(bar.querySelectorAll('.gap-matrix__cell--missing')).toHaveLength(2);
  });

  it('choosing a competency calls onSelectCompetency; choosing it again clears it', () => {
    const { onSelectCompetency } = renderMatrix();
    fireEvent.click(screen.getByRole('button', { name: 'Mentorship' }));
    expect(onSelectCompetency).toHaveBeenCalledWith('mentorship');
    cleanup();
    const again = renderMatrix('mentorship');
    const button = screen.getByRole('button', { name: 'Mentorship' });
    expect(button.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(button);
    expect(again.onSelectCompetency).toHaveBeenCalledWith(null);
  });

  it('closing nodes are clickable by id (eligible first) and long lists fold behind "+N more"', () => {
    const { onSelectNode } = renderMatrix();
    fireEvent.click(screen.getByRole('button', { name: 'Show MOD-805 (closes Mentorship)' }));
    expect(onSelectNode).toHaveBeenCalledWith('MOD-805');
    const row = document.querySelector('[data-competency="img-src-x"]') as HTMLElement;
    // All eight closers are eligible, so they sort by id; 5 are shown until "+3 more" is chosen.
    expect(
      within(row)
        .getAllByRole('button', { name: /^Show MOD/ })
        .map((b) => b.textContent),
    ).toEqual(['MOD-805', 'MOD-91', 'MOD-92', 'MOD-93', 'MOD-94']);
    fireEvent.click(within(row).getByRole('button', { name: /Show 3 more nodes/ }));
    expect(within(row).getAllByRole('button', { name: /^Show MOD/ })).toHaveLength(8);
  });

  it('renders competency names from documents as text, never as HTML', () => {
    renderMatrix();
    expect(screen.getByRole('button', { name: '<img src=x>' })).toBeTruthy();
    expect(document.querySelector('.gap-matrix img')).toBeNull();
  });

  it('says what to do without a report', () => {
    render(<GapMatrix report={null} onSelectCompetency={() => {}} onSelectNode={() => {}} />);
    expect(screen.getByText(/Choose a role/)).toBeTruthy();
  });
});
