// The side panel's node view: everything parsed about one node, as text. Prerequisites and next steps jump on click.
import { useMemo } from 'react';
import { STATUSES, type CurriculumNode, type Status } from '../domain/types';
import { cycleMembers } from '../domain/merge/cycles';
import { activeProfile, activeStatuses } from '../store/progressSlice';
import { selectEligibility } from '../store/derived';
import { usePlanner, usePlannerStore } from '../store/react';
import { STATUS_LABEL } from './FindControls';
import { roleColor } from '../export/roleColors';
import { SafeText } from './SafeText';
import { NotesEditor } from './NotesEditor'; // share/mentor (issue 5)

function TextList({ title, items }: { title: string; items: readonly string[] }) {
  if (!items.length) return null;
  return (
    <section className="details__section">
      <h3>{title}</h3>
      <ul>
        {items.map((t, i) => (
          <li key={i}>
            <SafeText text={t} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function NodeLinks({ title, keys, emptyText }: { title: string; keys: string[]; emptyText?: string }) {
  const store = usePlannerStore();
  const byKey = usePlanner((s) => s.index.byKey);
  const statuses = usePlanner(activeStatuses);
  if (!keys.length && !emptyText) return null;
  return (
    <section className="details__section">
      <h3>{title}</h3>
      {keys.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <ul className="details__links">
          {keys.map((k) => {
            const n = byKey.get(k);
            const st = statuses[k] ?? 'not-started';
            return (
              <li key={k}>
                <button
                  type="button"
                  className="link"
                  data-jump-to={k}
                  onClick={() => store.getState().focusNode(k)}
                >
                  <span className="mono">{n?.id ?? k}</span> {n?.title && n.title !== n.id ? n.title : ''}
                </button>
                <span className={`pill pill--${st}`}>{STATUS_LABEL[st]}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function Competencies({ node }: { node: CurriculumNode }) {
  if (!node.competencies.length) return null;
  return (
    <section className="details__section">
      <h3>Competencies</h3>
      <table className="details__table">
        <thead>
          <tr>
            <th scope="col">Competency</th>
            <th scope="col">Level</th>
            <th scope="col">Evidence</th>
          </tr>
        </thead>
        <tbody>
          {node.competencies.map((c, i) => (
            <tr key={i}>
              <td>{c.name}</td>
              <td>{c.level ?? '—'}</td>
              <td>{c.evidence ? <SafeText text={c.evidence} /> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function NodeDetails({ nodeKey }: { nodeKey: string }) {
  const store = usePlannerStore();
  const node = usePlanner((s) => s.index.byKey.get(nodeKey));
  const roles = usePlanner((s) => s.index.roles);
  const status = usePlanner((s) => activeStatuses(s)[nodeKey] ?? 'not-started');
  const elig = usePlanner((s) => selectEligibility(s).get(nodeKey));
  const inGoal = usePlanner((s) => {
    const g = activeProfile(s).goal;
    return g?.type === 'nodes' && g.keys.includes(nodeKey);
  });
  const catalog = usePlanner((s) => s.catalog);
  const prereqKeys = usePlanner((s) => s.index.prerequisitesOf.get(nodeKey));
  const cycle = usePlanner((s) => cycleMembers(s.index).get(nodeKey));
  const cycleDiagnostic = usePlanner((s) =>
    cycle
      ? s.catalog.diagnostics.find(
          (d) =>
            d.code === 'cycle' &&
            d.nodeId !== null &&
            cycle.some((k) => s.index.byKey.get(k)?.id === d.nodeId),
        )
      : undefined,
  );
  const dependentKeys = usePlanner((s) => s.index.dependentsOf.get(nodeKey));
  const nextKeys = useMemo(
    () => catalog.edges.filter((e) => e.type === 'next' && e.from === nodeKey).map((e) => e.to),
    [catalog, nodeKey],
  );
  const diagnostics = useMemo(
    () => (node ? catalog.diagnostics.filter((d) => d.nodeId === node.id || d.nodeId === node.key) : []),
    [catalog, node],
  );
  if (!node) return <p className="muted">This node is no longer in the catalog.</p>;

  const breakdown = Object.entries(node.hoursBreakdown);
  return (
    <article className="details" aria-labelledby="details-title" data-details-for={node.key}>
      <header className="details__header">
        <div className="details__meta">
          <span className="mono">{node.id}</span>
          <span className={`kind kind--${node.kind}`}>
            {node.kind === 'placeholder' ? 'Referenced, not defined' : node.kind}
          </span>
          {node.level && <span className="muted">{node.level}</span>}
        </div>
        <h2 id="details-title">{node.title}</h2>
        {node.roles.length > 0 && (
          <ul className="details__roles">
            {node.roles.map((r) => (
              <li key={r}>
                <span className="dot" style={{ background: roleColor(roles, r) }} aria-hidden="true" />
                {r}
              </li>
            ))}
          </ul>
        )}
        <p className="details__hours">
          {node.hoursRange
            ? `${node.hoursRange.min}–${node.hoursRange.max} hours (plans count ${node.hoursRange.max})`
            : node.hours !== null
              ? `${node.hours} hours`
              : 'Hours not stated'}
          {breakdown.length > 0 && (
            <span className="muted"> ({breakdown.map(([k, h]) => `${h} ${k}`).join(', ')})</span>
          )}
        </p>
        {node.kind === 'placeholder' && (
          <p className="details__summary">
            Other documents name this {node.id.startsWith('PROJ') ? 'project' : 'module'}, but none describes
            it. Mark it completed if you did it elsewhere.
          </p>
        )}
        {node.summary && (
          <p className="details__summary">
            <SafeText text={node.summary} />
          </p>
        )}
      </header>

      <fieldset className="details__status">
        <legend>Status</legend>
        {STATUSES.map((st: Status) => (
          <label key={st} className={`seg${status === st ? ' seg--on' : ''}`}>
            <input
              type="radio"
              name={`status-${node.key}`}
              value={st}
              data-action={st === 'skipped' ? 'mark-skipped' : undefined}
              checked={status === st}
              onChange={() => store.getState().setStatus(node.key, st)}
            />
            {STATUS_LABEL[st]}
          </label>
        ))}
      </fieldset>
      <p className={`details__eligibility${elig?.eligible ? ' is-eligible' : ''}`} data-eligibility>
        {status === 'completed'
          ? 'Completed.'
          : status === 'skipped'
            ? 'Skipped: you already know this. It counts as done for what needs it, not as hours done.'
            : elig?.eligible
              ? 'Ready to start: every prerequisite is completed.'
              : `Blocked: ${elig?.blockedByGroups.length ?? 0} prerequisite${elig?.blockedByGroups.length === 1 ? '' : 's'} missing.`}
      </p>
      {cycle && (
        <p className="details__cycle" data-in-cycle="true" role="note">
          In a prerequisite cycle with {cycle.filter((k) => k !== nodeKey).join(', ') || 'itself'}: no order
          satisfies every prerequisite.
          {cycleDiagnostic?.file && (
            <>
              {' '}
              One link is stated in{' '}
              <span className="mono">
                {cycleDiagnostic.file}
                {cycleDiagnostic.line ? `:${cycleDiagnostic.line}` : ''}
              </span>
              .
            </>
          )}
        </p>
      )}
      <div className="details__actions">
        <button
          type="button"
          className="btn"
          data-action="toggle-goal-node"
          onClick={() => store.getState().toggleGoalNode(node.key)}
        >
          {inGoal ? 'Remove from goal' : 'Add to goal'}
        </button>
      </div>

      <NotesEditor nodeKey={node.key} />
      <NodeLinks title="Prerequisites" keys={prereqKeys ?? []} emptyText="None" />
      <TextList title="Prerequisite skills" items={node.prerequisiteSkills} />
      <NodeLinks title="Next" keys={nextKeys} />
      <NodeLinks title="Needed by" keys={dependentKeys ?? []} />
      <TextList title="Objectives" items={node.objectives} />
      <Competencies node={node} />
      <TextList title="Outline" items={node.outline} />
      <TextList title="Activities" items={node.activities} />
      <TextList title="Assessments" items={node.assessments} />
      <TextList title="Deliverables" items={node.deliverables} />
      <TextList title="Cross-role" items={node.crossRole} />
      <TextList title="Linked projects" items={node.linkedProjects} />
      {node.placement && <TextList title="Placement" items={[node.placement]} />}
      {node.relatedAssessments && <TextList title="Related assessments" items={[node.relatedAssessments]} />}
      {node.sections.map((sec, i) => (
        <TextList key={i} title={sec.heading} items={sec.lines} />
      ))}
      <TextList title="Sources" items={node.sources} />
      {diagnostics.length > 0 && (
        <section className="details__section">
          <h3>Diagnostics</h3>
          <ul className="diag-list">
            {diagnostics.map((d, i) => (
              <li key={i} className={`diag diag--${d.severity}`}>
                <span className="diag__sev">{d.severity}</span> {d.message}
                {d.file && (
                  <span className="muted mono">
                    {' '}
                    {d.file}
                    {d.line ? `:${d.line}` : ''}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
