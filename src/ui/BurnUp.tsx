// Planned vs actual beside the progress bar: "N days behind the plan" with a sparkline (BU4), opening the plan panel
// where the full chart is (BurnUpChart.tsx, loaded on demand). Data: domain/burnup.ts (BU1–BU8).
import { useMemo } from 'react';
import { aheadBehindText, burnUpSparkline, svgDataUrl } from '../export/burnUpLines';
import { selectBurnUp } from '../store/burnUp';
import { usePlanner, usePlannerStore } from '../store/react';
import { useToday } from './useToday';
import './BurnUp.css';

/** The active learner's burn-up today (memoized in the store layer); null without a pace. */
export function useBurnUp() {
  const today = useToday();
  return usePlanner((s) => selectBurnUp(s, today));
}

/** "Ahead/behind by N days" with a sparkline, beside the progress bar; opens the plan panel. Nothing without a pace. */
export function BurnUpStatus() {
  const store = usePlannerStore();
  const b = useBurnUp();
  const src = useMemo(() => (b ? svgDataUrl(burnUpSparkline(b, { width: 96, height: 18 })) : null), [b]);
  if (!b || !src) return null;
  const tone =
    b.hoursLeft <= 0 ? 'reached' : b.behindDays > 0 ? 'behind' : b.behindDays < 0 ? 'ahead' : 'on-plan';
  return (
    <button
      type="button"
      className={`burnup-status burnup-status--${tone}`}
      data-burnup-status={tone}
      data-behind-days={b.behindDays}
      title={`Burn-up: ${b.doneHours} of ${b.totalHours} h done; projected finish ${b.projectedFinish ?? 'unknown'}. Open the plan.`}
      onClick={() => store.getState().openPanel('plan')}
    >
      <img src={src} width={96} height={18} alt="" />
      <span>{aheadBehindText(b)}</span>
    </button>
  );
}
