// `npm run --silent plan -- --goal <ID or role> [--done ID,…] [--skipped ID,…] [--pace H] [--start YYYY-MM-DD]
//   [--format json|ics|csv] [--learner NAME] [--url PLANNER-ADDRESS] <files or folders…>`
// Parsing and printing only: the plan is src/domain/plan.ts, its exports src/domain/planExport.ts + planCalendar.ts.
import { localIsoDate } from '../domain/dates';
import { buildCatalog } from '../domain/catalog';
import { indexCatalog } from '../domain/graph';
import { learningPlan, resolveGoal } from '../domain/plan';
import { planCsv, planEvents } from '../domain/planExport';
import { loadSources } from './load-sources';
import {
  assertReadable,
  parseCli,
  parsePaceHours,
  parseStartDate,
  runCli,
  statusesFromFlags,
  UsageError,
} from './args';

const USAGE =
  'usage: npm run --silent plan -- --goal <ID or role name> [--done ID,ID…] [--skipped ID,ID…] [--pace H] [--start YYYY-MM-DD] [--format json|ics|csv] [--learner NAME] [--url PLANNER-ADDRESS] <files or folders…>';

const FORMATS = ['json', 'ics', 'csv'] as const;
type Format = (typeof FORMATS)[number];

function parseFormat(text: string | undefined): Format {
  const format = (text ?? 'json').trim().toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${text}"`);
  return format as Format;
}

await runCli(USAGE, async () => {
  const { values, paths } = parseCli(
    process.argv.slice(2),
    ['goal', 'done', 'skipped', 'pace', 'start', 'format', 'learner', 'url'],
    ['goal'],
  );
  const hoursPerWeek = parsePaceHours(values.pace);
  const start = parseStartDate(values.start);
  const format = parseFormat(values.format);
  if (format === 'ics' && hoursPerWeek === undefined)
    throw new UsageError('--format ics needs --pace (a calendar needs dates)');
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
    hoursPerWeek === undefined ? undefined : { hoursPerWeek, startDate: start ?? localIsoDate(new Date()) };
  const plan = learningPlan(index, statuses, goal, pace);
  const idOf = (key: string) => index.byKey.get(key)?.id ?? key;

  if (format === 'csv') return planCsv(plan, statuses);
  if (format === 'ics') {
    const { events, error } = planEvents(index, plan, {
      learner: values.learner?.trim() || 'learner',
      statuses,
      plannerUrl: values.url?.trim() || null,
    });
    // Loaded only for this format: the generator and its validator are the heaviest part of the CLI.
    const { planIcs } = await import('../domain/planCalendar');
    const written = error
      ? { text: null, error }
      : planIcs(events, { name: `Learning plan: ${goalText}`, timestamp: Date.now() });
    if (written.text === null) throw new Error(`cannot write the calendar: ${written.error}`);
    return written.text;
  }

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
      alternatives: (item.alternatives ?? []).map(idOf),
      start: item.start,
      finish: item.finish,
    })),
    totalHours: plan.totalHours,
    finish: plan.finish,
    pace: pace ?? null,
    cycles: plan.cycles,
    choices: plan.choices.map((c) => ({
      for: idOf(c.dependent),
      chosen: idOf(c.chosen),
      alternatives: c.alternatives.map(idOf),
    })),
    unknown: plan.unknown,
    unknownDone,
    unknownSkipped,
    diagnosticsCount: diagnostics.length + catalog.diagnostics.length,
  };
});
