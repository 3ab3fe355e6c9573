// `npm run --silent plan -- --goal <ID or role> [--done ID,…] [--skipped ID,…] [--pace H] [--start YYYY-MM-DD] <files or folders…>`
// Parsing and printing only: the plan itself is src/domain/plan.ts.
import { buildCatalog } from '../domain/catalog';
import { indexCatalog } from '../domain/graph';
import { learningPlan, resolveGoal } from '../domain/plan';
import { loadSources } from './load-sources';
import { assertReadable, parseCli, parsePaceHours, parseStartDate, runCli, statusesFromFlags } from './args';

const USAGE =
  'usage: npm run --silent plan -- --goal <ID or role name> [--done ID,ID…] [--skipped ID,ID…] [--pace H] [--start YYYY-MM-DD] <files or folders…>';

await runCli(USAGE, async () => {
  const { values, paths } = parseCli(
    process.argv.slice(2),
    ['goal', 'done', 'skipped', 'pace', 'start'],
    ['goal'],
  );
  const hoursPerWeek = parsePaceHours(values.pace);
  const start = parseStartDate(values.start);
  const goalText = values.goal!.trim();

  const { docs, diagnostics, unreadable } = await loadSources(paths);
  assertReadable(unreadable);
  const catalog = buildCatalog(docs);
  const index = indexCatalog(catalog);
  const {
    statuses,
    unknown: unknownDone,
    unknownSkipped,
  } = statusesFromFlags(index, values.done, values.skipped);
  const goal = resolveGoal(index, goalText);
  // The clock is read here, in the shell, never in the domain.
  const pace =
    hoursPerWeek === undefined
      ? undefined
      : { hoursPerWeek, startDate: start ?? new Date().toISOString().slice(0, 10) };
  const plan = learningPlan(index, statuses, goal, pace);

  return {
    goal: goalText,
    goalResolved: goal,
    items: plan.items.map((item) => ({
      id: item.id,
      key: item.key,
      title: item.title,
      kind: item.kind,
      hours: item.hours,
      hoursKnown: item.hoursKnown,
      cumulativeHours: item.cumulativeHours,
      eligibleNow: item.eligibleNow,
      start: item.start,
      finish: item.finish,
    })),
    totalHours: plan.totalHours,
    finish: plan.finish,
    pace: pace ?? null,
    cycles: plan.cycles,
    unknown: plan.unknown,
    unknownDone,
    unknownSkipped,
    diagnosticsCount: diagnostics.length + catalog.diagnostics.length,
  };
});
