// The learning plan as an ordered list: what to do, in what order, how long, and when at the learner's pace.
// Presentational: props in, intents out (onSelect, onPaceChange). Document text is rendered as text only.
import { useState } from 'react';
import { isValidIsoDate } from '../domain/dates';
import { MAX_PACE_HOURS, MIN_PACE_HOURS, paceProblem } from '../domain/limits';
import type { Goal, LearningPlan, Pace, Statuses } from '../domain/types';
import './PlanPanel.css';

export interface PlanPanelProps {
  plan: LearningPlan | null;
  pace: Pace | null;
  /** Shows "in progress" on items; completed nodes are never plan items. */
  statuses?: Statuses;
  selectedKey?: string | null;
  onSelect(key: string): void;
  /** A valid pace, or null when hours/week is cleared. */
  onPaceChange(pace: Pace | null): void;
  /** Start date proposed when hours/week is set first (the shell passes today; the domain never reads the clock). */
  defaultStartDate?: string;
  /** A shared path (U1): the pace is shown but cannot be edited. */
  readOnly?: boolean;
}

const hoursText = (hours: number) => `${Number.isInteger(hours) ? hours : hours.toFixed(1)} h`;

function describeGoal(goal: Goal): string {
  if (goal.type === 'role') return goal.role;
  return goal.keys.length === 1 ? goal.keys[0]! : `${goal.keys.length} nodes`;
}

function PaceInputs({
  pace,
  onPaceChange,
  defaultStartDate,
  readOnly = false,
}: Pick<PlanPanelProps, 'pace' | 'onPaceChange' | 'defaultStartDate' | 'readOnly'>) {
  const [hours, setHours] = useState(pace ? String(pace.hoursPerWeek) : '');
  const [start, setStart] = useState(pace?.startDate ?? defaultStartDate ?? '');
  const [seen, setSeen] = useState(pace);
  if (seen !== pace) {
    // The pace changed from outside (another profile, an import): show it.
    setSeen(pace);
    setHours(pace ? String(pace.hoursPerWeek) : '');
    setStart(pace?.startDate ?? defaultStartDate ?? '');
  }

  const publish = (nextHours: string, nextStart: string) => {
    if (nextHours.trim() === '') return onPaceChange(null);
    const value = Number(nextHours);
    if (paceProblem(value) || !isValidIsoDate(nextStart)) return;
    onPaceChange({ hoursPerWeek: value, startDate: nextStart });
  };

  const hoursInvalid = hours.trim() !== '' && paceProblem(Number(hours)) !== null;
  const startInvalid = hours.trim() !== '' && !isValidIsoDate(start);
  return (
    <fieldset className="plan-panel__pace" disabled={readOnly}>
      <legend>Pace</legend>
      <label>
        <span>Hours per week</span>
        <input
          type="number"
          min={MIN_PACE_HOURS}
          max={MAX_PACE_HOURS}
          step="0.5"
          inputMode="decimal"
          value={hours}
          aria-invalid={hoursInvalid || undefined}
          onChange={(e) => {
            setHours(e.target.value);
            const nextStart = start === '' && defaultStartDate ? defaultStartDate : start;
            if (nextStart !== start) setStart(nextStart);
            publish(e.target.value, nextStart);
          }}
        />
      </label>
      <label>
        <span>Start date</span>
        <input
          type="date"
          value={start}
          aria-invalid={startInvalid || undefined}
          onChange={(e) => {
            setStart(e.target.value);
            publish(hours, e.target.value);
          }}
        />
      </label>
      {hoursInvalid && (
        <p className="plan-panel__pace-error" role="status" data-pace-error="">
          Hours per week: from {MIN_PACE_HOURS} to {MAX_PACE_HOURS}. The plan keeps its last pace.
        </p>
      )}
    </fieldset>
  );
}

export function PlanPanel({
  plan,
  pace,
  statuses = {},
  selectedKey = null,
  onSelect,
  onPaceChange,
  defaultStartDate,
  readOnly = false,
}: PlanPanelProps) {
  return (
    <div className="plan-panel">
      <PaceInputs
        pace={pace}
        onPaceChange={onPaceChange}
        defaultStartDate={defaultStartDate}
        readOnly={readOnly}
      />
      {!plan ? (
        <p className="plan-panel__empty">No goal yet: choose a role or nodes to plan for.</p>
      ) : (
        <>
          <p className="plan-panel__summary" data-plan-summary="">
            <strong>{describeGoal(plan.goal)}</strong>
            {': '}
            {plan.items.length === 0
              ? 'nothing left to do.'
              : `${plan.items.length} item${plan.items.length === 1 ? '' : 's'}, ${hoursText(plan.totalHours)} in total`}
            {plan.finish && (
              <>
                {', goal reached by '}
                <time dateTime={plan.finish}>{plan.finish}</time>
              </>
            )}
            {plan.items.length > 0 && !plan.finish && ' (set a pace to see dates)'}
            {plan.items.some((i) => !i.hoursKnown) && (
              <span className="plan-panel__note"> Some hours are unknown and count as 0.</span>
            )}
          </p>
          {plan.unknown.length > 0 && (
            <p className="plan-panel__warning">Not in the catalog: {plan.unknown.join(', ')}</p>
          )}
          {plan.cycles.length > 0 && (
            <div className="plan-panel__warning" role="alert">
              <strong>Prerequisite cycle{plan.cycles.length === 1 ? '' : 's'}:</strong>
              <ul>
                {plan.cycles.map((cycle) => (
                  <li key={cycle.join(' ')} className="mono">
                    {cycle.join(' → ')} → {cycle[0]}
                  </li>
                ))}
              </ul>
              <span>
                Each item is listed once; the order inside a cycle cannot satisfy every prerequisite.
              </span>
            </div>
          )}
          {plan.items.length > 0 && (
            <ol className="plan-panel__list" aria-label="Plan items in order">
              {plan.items.map((item, i) => {
                const inProgress = statuses[item.key] === 'in-progress';
                const dates = item.start && item.finish ? `${item.start} → ${item.finish}` : '';
                return (
                  <li
                    key={item.key}
                    data-plan-item={item.id}
                    data-plan-key={item.key}
                    className={`plan-panel__item${item.key === selectedKey ? ' plan-panel__item--selected' : ''}`}
                  >
                    <button
                      type="button"
                      className="plan-panel__row"
                      aria-current={item.key === selectedKey ? 'true' : undefined}
                      onClick={() => onSelect(item.key)}
                    >
                      <span className="plan-panel__n">{i + 1}</span>
                      <span className="plan-panel__id mono">{item.id}</span>
                      <span className="plan-panel__title">
                        {item.kind === 'placeholder' && item.title === item.id ? (
                          <span className="plan-panel__note">not described</span>
                        ) : (
                          item.title
                        )}
                      </span>
                      <span className="plan-panel__facts">
                        <span className="plan-panel__hours" title="Hours / cumulative hours">
                          {item.hoursKnown ? hoursText(item.hours) : '? h'} · Σ{' '}
                          {hoursText(item.cumulativeHours)}
                        </span>
                        {dates && <span className="plan-panel__dates">{dates}</span>}
                        <span className="plan-panel__badges">
                          {item.eligibleNow && (
                            <span className="plan-panel__badge plan-panel__badge--ready">ready now</span>
                          )}
                          {inProgress && (
                            <span className="plan-panel__badge plan-panel__badge--progress">in progress</span>
                          )}
                          {item.kind === 'placeholder' && (
                            <span className="plan-panel__badge plan-panel__badge--outside">
                              outside the catalog
                            </span>
                          )}
                        </span>
                        {item.alternatives && item.alternatives.length > 0 && (
                          <span
                            className="plan-panel__alternatives"
                            data-plan-alternatives={item.alternatives.join(' ')}
                          >
                            or instead: {item.alternatives.map((k) => k.split('@')[0]).join(', ')}
                          </span>
                        )}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ol>
          )}
        </>
      )}
    </div>
  );
}
