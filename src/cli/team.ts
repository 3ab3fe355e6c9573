// `npm run --silent team -- [--today YYYY-MM-DD] <pathway files or folders…>`: the Team board as JSON (T1–T7).
// Parsing and printing only: reading the files is src/session/teamFiles.ts, each row src/domain/team.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTeamFiles, type TeamFile } from '../session/teamFiles';
import { isValidIsoDate, localIsoDate } from '../domain/dates';
import { parseCli, runCli, UsageError } from './args';

const USAGE = 'usage: npm run --silent team -- [--today YYYY-MM-DD] <pathway files or folders of them…>';

/** The planner's built-in documents, as the app ships them (a pathway file does not repeat them). */
function seedDocuments() {
  const dir = fileURLToPath(new URL('../seeds/', import.meta.url));
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ path: `seeds/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
}

/** Files as given; a folder gives its `.json` files (not recursive), in name order. */
function teamFiles(paths: string[]): TeamFile[] {
  const files: TeamFile[] = [];
  for (const path of paths) {
    let names = [path];
    try {
      if (statSync(path).isDirectory())
        names = readdirSync(path)
          .filter((n) => n.toLowerCase().endsWith('.json'))
          .sort()
          .map((n) => join(path, n));
      for (const name of names) files.push({ name, text: readFileSync(name, 'utf8') });
    } catch (error) {
      throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
    }
  }
  return files;
}

await runCli(USAGE, async () => {
  const { values, paths } = parseCli(process.argv.slice(2), ['today'], []);
  // The clock is read here, in the shell, never in the domain.
  if (values.today !== undefined && !isValidIsoDate(values.today))
    throw new UsageError(`--today must be a date YYYY-MM-DD, got "${values.today}"`);
  const today = values.today?.trim() ?? localIsoDate(new Date());
  const { members, problems, notes } = await readTeamFiles(teamFiles(paths), {
    seeds: seedDocuments(),
    today,
  });
  for (const { file, problem } of problems) process.stderr.write(`${file}: left out: ${problem}\n`);
  for (const note of notes) process.stderr.write(`${note}\n`);
  return {
    learners: members.map(({ row, file }) => ({
      name: row.name,
      goal: row.goal,
      done: row.done,
      skipped: row.skipped,
      total: row.total,
      percent: row.percent,
      hoursLeft: row.hoursLeft,
      projectedFinish: row.projectedFinish,
      behindDays: row.behindDays,
      next: row.next,
      file,
    })),
    problems,
    notes,
  };
});
