// `npm run --silent gaps -- --role "<role name>" [--done ID,…] [--skipped ID,…] <files or folders…>`
// Parsing and printing only: the report itself is src/domain/gaps.ts.
import { buildCatalog } from '../domain/catalog';
import { competencyGaps } from '../domain/gaps';
import { indexCatalog } from '../domain/graph';
import type { CompetencyGap } from '../domain/types';
import { loadSources } from './load-sources';
import { assertReadable, parseCli, runCli, statusesFromFlags } from './args';

const USAGE =
  'usage: npm run --silent gaps -- --role "<role name>" [--done ID,ID…] [--skipped ID,ID…] <files or folders…>';

const print = (gap: CompetencyGap) => ({
  competency: gap.competency,
  name: gap.name ?? gap.competency,
  required: gap.required,
  attained: gap.attained,
  gap: gap.gap,
  closedBy: gap.closedBy,
  closedByKeys: gap.closedByKeys,
});

await runCli(USAGE, async () => {
  const { values, paths } = parseCli(process.argv.slice(2), ['role', 'done', 'skipped'], ['role']);
  const { docs, diagnostics, unreadable } = await loadSources(paths);
  assertReadable(unreadable);
  const catalog = buildCatalog(docs);
  const index = indexCatalog(catalog);
  const {
    statuses,
    unknown: unknownDone,
    unknownSkipped,
  } = statusesFromFlags(index, values.done, values.skipped);
  const report = competencyGaps(index, statuses, values.role!);
  return {
    role: report.role,
    roleKnown: index.nodesOfRole(values.role!).length > 0,
    gaps: report.gaps.map(print),
    met: report.met.map(print),
    unknownDone,
    unknownSkipped,
    diagnosticsCount: diagnostics.length + catalog.diagnostics.length,
  };
});
