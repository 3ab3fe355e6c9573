// One curriculum node on the graph. Carries the browser-test contract: data-node-id/-key/-kind/-status/-eligible/-on-path.
import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { Handle, Position, useStore as useFlowStore, type NodeProps, type Node } from '@xyflow/react';
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/geometry';
import { selectPositions } from '../store/derived';
import { usePlannerFields, usePlannerStore } from '../store/react';
import { neighborInDirection, type Arrow } from './keyboardNav';
import { statusText, missingIds } from '../domain/statusText';
import { cardState, connectedKeys } from './nodeState';
import { nodeFocusSelector, openPanelFromKeyboard } from './panelFocus';
import { roleColor } from '../export/roleColors';
import { NoteMarker } from './NotesEditor'; // share/mentor (issue 5)

export type CardNode = Node<{ key: string }, 'card'>;

const KIND_LABEL = { module: 'Module', project: 'Project', placeholder: 'Referenced' } as const;
/** Below this zoom a card shows only its id, large. */
const COMPACT_BELOW_ZOOM = 0.45;
const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

function NodeCardImpl({ data }: NodeProps<CardNode>) {
  const { key } = data;
  const store = usePlannerStore();
  // One subscription per card, compared shallowly: a store change costs each card one cheap selector call,
  // and only cards whose own values changed re-render (a toggle: the node and its dependents).
  const {
    node,
    index,
    direction,
    status,
    eligibility,
    dimmed,
    highlighted,
    selected,
    pathOrder,
    alternative,
    inCycle,
  } = usePlannerFields((s) => cardState(s, key));
  const eligible = eligibility?.eligible ?? false;
  const missing = eligibility ? missingIds(index, eligibility.blockedByGroups) : '';
  // Zoomed far out, small text is noise: the card shows its id large instead (same box, same hooks).
  const compact = useFlowStore((s) => s.transform[2] < COMPACT_BELOW_ZOOM);
  if (!node) return null;

  const completed = status === 'completed';
  const skipped = status === 'skipped';
  const toggle = (e: MouseEvent) => {
    e.stopPropagation();
    store.getState().toggleComplete(key);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    const s = store.getState();
    if (e.key === ' ' || e.key === 'Spacebar') {
      e.preventDefault();
      s.toggleComplete(key);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      openPanelFromKeyboard(nodeFocusSelector(key));
      s.select(key);
    } else if (ARROWS.has(e.key)) {
      e.preventDefault();
      const target = neighborInDirection(key, e.key as Arrow, connectedKeys(s, key), selectPositions(s));
      if (target) s.focusNode(target);
    }
  };

  const placeholder = node.kind === 'placeholder';
  const statusLine = statusText(index, key, status, eligibility);
  const stripe = node.roles.length
    ? node.roles.map((r) => roleColor(index.roles, r))
    : [roleColor(index.roles, undefined)];
  const [targetPos, sourcePos] =
    direction === 'LR' ? [Position.Left, Position.Right] : [Position.Top, Position.Bottom];
  const onPath = pathOrder !== null;
  const label = `${onPath ? `Step ${pathOrder} of the path: ` : ''}${node.id} ${node.title}. ${KIND_LABEL[node.kind]}. ${statusLine}.${inCycle ? ' In a prerequisite cycle.' : ''}`;

  return (
    <div
      className={`card card--${node.kind} card--${status}${eligible && !placeholder ? ' card--eligible' : ''}${dimmed ? ' card--dimmed' : ''}${highlighted ? ' card--highlighted' : ''}${onPath ? ' card--on-path' : ''}${selected ? ' card--selected' : ''}${compact ? ' card--compact' : ''}`}
      style={{ width: NODE_WIDTH, height: NODE_HEIGHT }}
      data-node-id={node.id}
      data-node-key={node.key}
      data-kind={node.kind}
      data-status={status}
      data-eligible={eligible ? 'true' : 'false'}
      data-on-path={onPath ? 'true' : 'false'}
      data-path-order={pathOrder ?? undefined}
      data-plan-alternative={alternative ? 'true' : undefined}
      data-in-cycle={inCycle ? 'true' : undefined}
      tabIndex={0}
      role="group"
      aria-label={label}
      onKeyDown={onKeyDown}
    >
      <Handle type="target" position={targetPos} isConnectable={false} className="card__handle" />
      <div className="card__stripe" aria-hidden="true">
        {stripe.map((c, i) => (
          <span key={i} style={{ background: c }} />
        ))}
      </div>
      <div className="card__body">
        {compact && (
          <div className="card__big" aria-hidden="true">
            <span
              className={`card__big-id${node.id.length + (onPath ? 3 : 0) > 9 ? ' card__big-id--long' : ''}`}
            >
              {onPath && <span className="card__order">{pathOrder}</span>}
              <span>{node.id}</span>
              {completed && <span className="card__big-check">✓</span>}
            </span>
            {/* Semantic zoom (M6): a short title stays readable where the full card text would not be. */}
            {!(placeholder && node.title === node.id) && (
              <span className="card__big-title">{node.title}</span>
            )}
          </div>
        )}
        <div className="card__meta">
          {onPath && (
            <span className="card__order" title={`Step ${pathOrder} of the path`} aria-hidden="true">
              {pathOrder}
            </span>
          )}
          <span className="card__id">{node.id}</span>
          <span className="card__kind">{KIND_LABEL[node.kind]}</span>
          {alternative && (
            <span
              className="card__alternative"
              title="The plan took another option of the same any-of prerequisite"
            >
              alternative
            </span>
          )}
          {inCycle && (
            <span
              className="card__cycle"
              title="Its prerequisites lead back to it: no order satisfies them all (see Diagnostics)"
            >
              in a cycle
            </span>
          )}
          {node.hours !== null && <span className="card__hours">{node.hours} h</span>}
        </div>
        <div className="card__title" title={node.title}>
          {placeholder && node.title === node.id ? 'Not described in your documents' : node.title}
        </div>
        <div className="card__footer">
          <span
            className={`card__status card__status--${completed ? 'completed' : skipped ? 'skipped' : placeholder ? 'placeholder' : eligible ? 'eligible' : missing ? 'blocked' : status}`}
            title={statusLine}
          >
            {statusLine}
          </span>
          <button
            type="button"
            className="card__toggle nodrag"
            data-action="toggle-complete"
            aria-pressed={completed || skipped}
            aria-label={completed || skipped ? `Mark ${node.id} not started` : `Mark ${node.id} completed`}
            title={
              completed ? 'Completed: click to undo' : skipped ? 'Skipped: click to undo' : 'Mark completed'
            }
            onClick={toggle}
          >
            {completed ? '✓' : skipped ? '↷' : ''}
          </button>
        </div>
      </div>
      <NoteMarker nodeKey={key} />
      <Handle type="source" position={sourcePos} isConnectable={false} className="card__handle" />
    </div>
  );
}

export const NodeCard = memo(NodeCardImpl);
