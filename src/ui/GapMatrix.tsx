// Competency gaps as a readable matrix: required vs attained on the 5-level scale, and what would close each gap.
// Presentational: props in, intents out (onSelectCompetency, onSelectNode). Document text is rendered as text only.
import { useState } from 'react';
import { LEVELS, type CompetencyGap, type CompetencyReport, type LevelName } from '../domain/types';
import './GapMatrix.css';

export interface GapMatrixProps {
  report: CompetencyReport | null;
  /** The highlighted competency key, if any. */
  selectedCompetency?: string | null;
  /** Called with the key to highlight, or null when the selected one is chosen again. */
  onSelectCompetency(key: string | null): void;
  /** A closing node was chosen (node key). */
  onSelectNode(key: string): void;
  /** Closers shown before a "+N more" button. */
  closersShown?: number;
}

const rankOf = (level: LevelName | null) => (level === null ? -1 : LEVELS.indexOf(level));
/** Keys are `ID@role-slug` only when an id is defined twice; the id is what learners read. */
const idOfKey = (key: string) => key.split('@')[0] ?? key;

function LevelBar({ gap }: { gap: CompetencyGap }) {
  const required = rankOf(gap.required);
  const attained = rankOf(gap.attained);
  return (
    <span
      className="gap-matrix__bar"
      role="img"
      aria-label={`attained ${gap.attained ?? 'none'} of required ${gap.required}`}
    >
      {LEVELS.map((level, rank) => (
        <span
          key={level}
          title={level}
          className={[
            'gap-matrix__cell',
            rank <= attained ? 'gap-matrix__cell--attained' : '',
            rank <= required && rank > attained ? 'gap-matrix__cell--missing' : '',
            rank === required ? 'gap-matrix__cell--required' : '',
          ]
            .filter(Boolean)
            .join(' ')}
        />
      ))}
    </span>
  );
}

function Row({
  gap,
  selected,
  expanded,
  onExpand,
  closersShown,
  onSelectCompetency,
  onSelectNode,
}: {
  gap: CompetencyGap;
  selected: boolean;
  expanded: boolean;
  onExpand(): void;
  closersShown: number;
  onSelectCompetency(key: string | null): void;
  onSelectNode(key: string): void;
}) {
  const name = gap.name ?? gap.competency;
  const closers = expanded ? gap.closedByKeys : gap.closedByKeys.slice(0, closersShown);
  const hidden = gap.closedByKeys.length - closers.length;
  return (
    <tr
      data-competency={gap.key}
      className={`gap-matrix__row${gap.gap > 0 ? '' : ' gap-matrix__row--met'}${selected ? ' gap-matrix__row--selected' : ''}`}
    >
      <th scope="row">
        <button
          type="button"
          className="gap-matrix__name"
          aria-pressed={selected}
          onClick={() => onSelectCompetency(selected ? null : gap.key)}
        >
          {name}
        </button>
      </th>
      <td>{gap.required}</td>
      <td>{gap.attained ?? '—'}</td>
      <td className="gap-matrix__gap">{gap.gap > 0 ? gap.gap : 'met'}</td>
      <td>
        <LevelBar gap={gap} />
      </td>
      <td>
        <div className="gap-matrix__closers">
          {gap.gap <= 0 ? (
            <span className="gap-matrix__muted">—</span>
          ) : gap.closedByKeys.length === 0 ? (
            <span className="gap-matrix__muted">no node in the catalog reaches {gap.required}</span>
          ) : (
            <>
              {closers.map((key) => (
                <button
                  key={key}
                  type="button"
                  className="gap-matrix__node mono"
                  aria-label={`Show ${idOfKey(key)} (closes ${name})`}
                  onClick={() => onSelectNode(key)}
                >
                  {idOfKey(key)}
                </button>
              ))}
              {hidden > 0 && (
                <button
                  type="button"
                  className="gap-matrix__more"
                  aria-label={`Show ${hidden} more nodes for ${name}`}
                  onClick={onExpand}
                >
                  +{hidden} more
                </button>
              )}
            </>
          )}
        </div>
      </td>
    </tr>
  );
}

export function GapMatrix({
  report,
  selectedCompetency = null,
  onSelectCompetency,
  onSelectNode,
  closersShown = 5,
}: GapMatrixProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  if (!report) return <p className="gap-matrix__muted">Choose a role to see its competency gaps.</p>;
  const rows = [...report.gaps, ...report.met];
  if (rows.length === 0)
    return <p className="gap-matrix__muted">{report.role}: no competency with a known level.</p>;
  return (
    <div className="gap-matrix">
      <p className="gap-matrix__summary">
        <strong>{report.role}</strong>: {report.gaps.length} gap{report.gaps.length === 1 ? '' : 's'},{' '}
        {report.met.length} met. Bars run {LEVELS.join(' → ')}; filled = attained, outlined = still required.
      </p>
      <table className="gap-matrix__table">
        <caption className="gap-matrix__caption">Competency gaps for {report.role}</caption>
        <thead>
          <tr>
            <th scope="col">Competency</th>
            <th scope="col">Required</th>
            <th scope="col">Attained</th>
            <th scope="col">Gap</th>
            <th scope="col">Levels</th>
            <th scope="col">Closed by (ready first)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((gap) => (
            <Row
              key={gap.key}
              gap={gap}
              selected={gap.key === selectedCompetency}
              expanded={expanded.has(gap.key)}
              onExpand={() => setExpanded(new Set([...expanded, gap.key]))}
              closersShown={closersShown}
              onSelectCompetency={onSelectCompetency}
              onSelectNode={onSelectNode}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
