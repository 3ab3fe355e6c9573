// Argument parsing shared by the `plan` and `gaps` CLIs: flags in, plain values out, usage errors as UsageError.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isValidIsoDate } from '../domain/dates';
import { paceProblem } from '../domain/limits';
import type { CatalogIndex } from '../domain/graph';
import type { Status, Statuses } from '../domain/types';

export class UsageError extends Error {}

export interface ParsedCli {
  values: Record<string, string | undefined>;
  paths: string[];
}

/** Parses `--name value` / `--name=value` string flags and positional paths; unknown flags are usage errors. */
export function parseCli(argv: string[], flags: string[], required: string[]): ParsedCli {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: Object.fromEntries(flags.map((flag) => [flag, { type: 'string' as const }])),
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const values = parsed.values as Record<string, string | undefined>;
  for (const flag of required) {
    if (values[flag] === undefined || values[flag]!.trim() === '')
      throw new UsageError(`--${flag} is required`);
  }
  if (parsed.positionals.length === 0) throw new UsageError('give at least one file or folder');
  for (const path of parsed.positionals) {
    if (!existsSync(path)) throw new UsageError(`no such file or folder: ${path}`);
  }
  return { values, paths: parsed.positionals };
}

/**
 * `--done MOD-1,mod-2` → every node carrying one of those ids (or keys) completed; `--skipped` the same with
 * `skipped` (E6; an id in both flags is skipped). Ids not found are returned per flag.
 */
export function statusesFromFlags(
  index: CatalogIndex,
  done: string | undefined,
  skipped?: string | undefined,
): { statuses: Statuses; unknown: string[]; unknownSkipped: string[] } {
  const statuses: Statuses = {};
  const byFoldedId = new Map<string, string[]>();
  for (const [id, keys] of index.keysById) byFoldedId.set(id.toLowerCase(), keys);
  const mark = (list: string | undefined, status: Status): string[] => {
    const unknown: string[] = [];
    if (list === undefined) return unknown;
    for (const part of list
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p !== '')) {
      const keys = byFoldedId.get(part.toLowerCase()) ?? (index.byKey.has(part) ? [part] : null);
      if (keys === null) unknown.push(part);
      else for (const key of keys) statuses[key] = status;
    }
    return unknown;
  };
  const unknown = mark(done, 'completed');
  const unknownSkipped = mark(skipped, 'skipped');
  return { statuses, unknown, unknownSkipped };
}

export function parsePaceHours(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const hours = Number(text);
  if (text.trim() === '' || !Number.isFinite(hours) || hours <= 0)
    throw new UsageError(`--pace must be a positive number of hours per week, got "${text}"`);
  const problem = paceProblem(hours);
  if (problem) throw new UsageError(`--pace: ${problem}, got "${text}"`);
  return hours;
}

export function parseStartDate(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (!isValidIsoDate(text)) throw new UsageError(`--start must be a date YYYY-MM-DD, got "${text}"`);
  return text.trim();
}

/** A path that vanished or cannot be read between parsing and loading is a usage error too (as in `catalog`). */
export function assertReadable(unreadable: string[]): void {
  if (unreadable.length > 0) throw new UsageError(`cannot read: ${unreadable.join(', ')}`);
}

/**
 * Runs a CLI body: JSON on stdout (a string result is printed as it is: `plan --format ics|csv`); usage errors on
 * stderr with exit 2; bugs on stderr with exit 1.
 */
export async function runCli(usage: string, body: () => Promise<unknown>): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  try {
    const result = await body();
    process.stdout.write(typeof result === 'string' ? result : `${JSON.stringify(result, null, 2)}\n`);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n${usage}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    }
  }
}
