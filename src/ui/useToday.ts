// "Today" for components: the learner's local date the shell keeps in the store (P11: the plan is dated from it),
// so the burn-up, the plan and the Team board agree on one day; the clock only where no shell set it (unit tests).
import { localIsoDate } from '../domain/dates';
import { usePlanner } from '../store/react';

/** The local date `YYYY-MM-DD` the plan is dated by (store `today`), else the clock's local date. */
export function useToday(): string {
  return usePlanner((s) => s.today) ?? localIsoDate(new Date());
}
