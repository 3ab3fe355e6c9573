// Learners → Team: every learner in this browser plus pathway files opened into the board, one sortable row each
// (T1–T4), bad files named (T6), duplicates resolved (T7), a competency heatmap (T5), CSV and PNG export.
// Loaded on demand from the learner menu. Opening files shows progress and can be cancelled.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useToday } from './useToday';
import { competencyHeatmap, teamCsv, teamRow, type TeamRow } from '../domain/team';
import type { CatalogIndex } from '../domain/graph';
import { SEED_DOCUMENTS } from '../seeds';
import { buildCatalog } from '../domain/catalog';
import type { SourceDocument, Statuses } from '../domain/types';
import { readTeamFiles, type TeamRead } from '../session/teamFiles';
import { parseOffThread } from '../store/parseClient';
import { usePlanner, usePlannerStore } from '../store/react';
import { teamBoardSvg } from '../export/teamBoardSvg';
import './TeamBoard.css';

interface BoardRow {
  id: string;
  row: TeamRow;
  source: string;
  index: CatalogIndex;
  statuses: Statuses;
}

type SortKey = 'name' | 'goal' | 'percent' | 'hoursLeft' | 'projectedFinish' | 'behindDays';
const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'name', label: 'Learner' },
  { key: 'goal', label: 'Goal' },
  { key: 'percent', label: '% done (steps)' },
  { key: 'hoursLeft', label: 'Hours left' },
  { key: 'projectedFinish', label: 'Projected finish' },
  { key: 'behindDays', label: 'Ahead / behind' },
];

function compare(a: TeamRow, b: TeamRow, key: SortKey): number {
  const x = a[key];
  const y = b[key];
  if (x === y) return a.name.localeCompare(b.name);
  if (x === null) return 1;
  if (y === null) return -1;
  return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
}

const aheadBehind = (d: number | null) =>
  d === null ? '—' : d === 0 ? 'on plan' : d > 0 ? `${d} d behind` : `${-d} d ahead`;

function readText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

/** A team's curriculum is built in the parse worker (each distinct one once), in place only where no worker runs. */
async function catalogOffThread(documents: SourceDocument[]) {
  return (await parseOffThread(documents, TEAM_OFF_THREAD_CHARS)) ?? buildCatalog(documents);
}
/** Lower than an import's threshold: the board's other work is small, so a catalog build is what a user would feel. */
const TEAM_OFF_THREAD_CHARS = 32 * 1024;

async function download(blob: Blob, name: string) {
  const { downloadBlob } = await import('../export/download');
  downloadBlob(blob, name);
}

export function TeamBoard({ onClose }: { onClose(): void }) {
  // A modal <dialog>: focus moves into it and stays there, Esc closes it, and focus returns to what opened it.
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    const opener = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    return () => {
      if (dialog?.open && typeof dialog.close === 'function') dialog.close();
      opener?.focus?.();
    };
  }, []);
  const store = usePlannerStore();
  const index = usePlanner((s) => s.index);
  const profiles = usePlanner((s) => s.profiles.profiles);
  const roles = usePlanner((s) => s.index.roles);
  const today = useToday();
  const [opened, setOpened] = useState<TeamRead | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'name', dir: 1 });
  const abort = useRef<AbortController | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const rows = useMemo<BoardRow[]>(() => {
    const here = Object.values(profiles).map((p) => ({
      id: `here:${p.id}`,
      row: teamRow(index, p, today),
      source: 'this browser',
      index,
      statuses: p.statuses,
    }));
    const files = (opened?.members ?? []).map((m, i) => ({
      id: `file:${i}`,
      row: m.row,
      source: m.file,
      index: m.index,
      statuses: m.profile.statuses,
    }));
    return [...here, ...files].sort((a, b) => sort.dir * compare(a.row, b.row, sort.key));
  }, [profiles, index, today, opened, sort]);

  const goalRoles = rows.map((r) => r.row.goal).filter((g): g is string => !!g && roles.includes(g));
  const [role, setRole] = useState<string>(goalRoles[0] ?? roles[0] ?? '');
  const heat = useMemo(() => (role ? competencyHeatmap(role, rows) : null), [role, rows]);

  async function openFiles(list: FileList) {
    abort.current?.abort();
    const ctrl = new AbortController();
    abort.current = ctrl;
    const started = performance.now();
    setProgress({ done: 0, total: list.length });
    try {
      const files = await Promise.all(
        [...list].map(async (f) => ({ name: f.name, text: await readText(f) })),
      );
      const read = await readTeamFiles(files, {
        seeds: SEED_DOCUMENTS,
        today,
        signal: ctrl.signal,
        onProgress: (done, total) => setProgress({ done, total }),
        yieldToPage: () => new Promise((resolve) => setTimeout(resolve, 0)),
        buildCatalog: catalogOffThread,
      });
      setOpened((before) =>
        before
          ? {
              members: [...before.members, ...read.members],
              problems: [...before.problems, ...read.problems],
              notes: [...before.notes, ...read.notes],
            }
          : read,
      );
      const ms = Math.round(performance.now() - started);
      store
        .getState()
        .notify(
          'info',
          `Opened ${read.members.length} learner${read.members.length === 1 ? '' : 's'} from ${files.length} file${files.length === 1 ? '' : 's'} in ${ms} ms${read.problems.length ? `; ${read.problems.length} left out` : ''}.`,
        );
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError')
        store.getState().notify('info', 'Opening cancelled.');
      else
        store
          .getState()
          .notify(
            'error',
            `Could not open the files: ${error instanceof Error ? error.message : String(error)}`,
          );
    } finally {
      if (abort.current === ctrl) {
        abort.current = null;
        setProgress(null);
      }
    }
  }

  const sortBy = (key: SortKey) => setSort((s) => ({ key, dir: s.key === key ? (-s.dir as 1 | -1) : 1 }));
  const exportCsv = () =>
    void download(
      new Blob([teamCsv(rows.map((r) => r.row))], { type: 'text/csv;charset=utf-8' }),
      `team-${today}.csv`,
    );
  async function exportPng() {
    const { svg, width, height } = teamBoardSvg(
      rows.map((r) => r.row),
      `Team · ${today}`,
    );
    const { svgToPng } = await import('../export/svgPng');
    await download(await svgToPng(svg, width, height), `team-${today}.png`);
  }

  return (
    <dialog
      ref={dialogRef}
      className="team"
      aria-label="Team board"
      data-panel="team"
      onCancel={(e) => {
        e.preventDefault(); // Esc: close through React, so the board unmounts and focus goes back
        onClose();
      }}
    >
      <div className="team__head">
        <h2>Team</h2>
        <button
          type="button"
          className="btn"
          data-action="team-open-files"
          onClick={() => fileInput.current?.click()}
        >
          Open pathway files…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          multiple
          hidden
          data-action="team-files"
          onChange={(e) => {
            const files = e.target.files;
            if (files && files.length > 0) void openFiles(files);
            e.target.value = '';
          }}
        />
        <button type="button" className="btn" data-action="team-export-csv" onClick={exportCsv}>
          CSV
        </button>
        <button type="button" className="btn" data-action="team-export-png" onClick={() => void exportPng()}>
          PNG
        </button>
        <button type="button" className="btn btn--quiet" aria-label="Close the team board" onClick={onClose}>
          ✕
        </button>
      </div>
      {progress && (
        <div className="team__progress" role="status" data-team-progress="">
          <progress max={progress.total} value={progress.done} aria-label="Opening pathway files" />
          <span>
            {progress.done} of {progress.total} files
          </span>
          <button
            type="button"
            className="btn btn--quiet"
            data-action="team-cancel"
            onClick={() => abort.current?.abort()}
          >
            Cancel
          </button>
        </div>
      )}
      {opened && opened.problems.length > 0 && (
        <ul className="team__problems" role="alert" aria-label="Files left out">
          {opened.problems.map((p, i) => (
            <li key={i} data-team-problem={p.file}>
              <strong>{p.file}</strong> left out: {p.problem}
            </li>
          ))}
        </ul>
      )}
      {opened && opened.notes.length > 0 && (
        <ul className="team__notes">
          {opened.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
      <div className="team__scroll">
        <table className="team__table">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={sort.key === c.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}
                >
                  <button
                    type="button"
                    className="team__sort"
                    data-sort={c.key}
                    onClick={() => sortBy(c.key)}
                  >
                    {c.label}
                  </button>
                </th>
              ))}
              <th scope="col">Next eligible</th>
              <th scope="col">From</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ id, row, source }) => (
              <tr
                key={id}
                data-team-row={row.name}
                data-team-file={id.startsWith('file:') ? source : undefined}
                data-done={row.done}
                data-skipped={row.skipped}
              >
                <th scope="row">{row.name}</th>
                <td>{row.goal ?? <span className="muted">no goal</span>}</td>
                <td title={`${row.done} completed, ${row.skipped} skipped of ${row.total}`}>
                  {row.percent}%{' '}
                  <span className="muted">
                    ({row.done + row.skipped}/{row.total})
                  </span>
                </td>
                <td>{row.hoursLeft} h</td>
                <td>{row.projectedFinish ?? '—'}</td>
                <td data-behind-days={row.behindDays ?? ''}>{aheadBehind(row.behindDays)}</td>
                <td className="mono">{row.next.slice(0, 3).join(', ') || '—'}</td>
                <td className="muted">{source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {heat && (
        <section className="team__heat" aria-label="Competency heatmap">
          <label>
            Competencies of{' '}
            <select
              className="input"
              value={role}
              onChange={(e) => setRole(e.target.value)}
              data-action="team-role"
            >
              {roles.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </label>
          {heat.competencies.length === 0 ? (
            <p className="muted">This role states no competency levels.</p>
          ) : (
            <div className="team__scroll">
              <table className="team__heatmap">
                <thead>
                  <tr>
                    <th scope="col">Learner</th>
                    {heat.competencies.map((c) => (
                      <th key={c.key} scope="col">
                        {c.name}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r, i) => (
                    <tr key={r.id}>
                      <th scope="row">{r.row.name}</th>
                      {heat.cells[i]!.map((cell, j) => (
                        <td
                          key={j}
                          className={`heat heat--${cell === null ? 'none' : cell.gap <= 0 ? 'met' : cell.gap === 1 ? 'near' : 'far'}`}
                          title={
                            cell
                              ? `${cell.attained ?? 'none'} of ${cell.required} required`
                              : 'not in this catalog'
                          }
                        >
                          {cell ? `${cell.attained ?? '—'} / ${cell.required}` : ''}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="team__legend muted">
                <span className="heat heat--met">met</span>{' '}
                <span className="heat heat--near">one level short</span>{' '}
                <span className="heat heat--far">two or more short</span> · attained / required
              </p>
            </div>
          )}
        </section>
      )}
    </dialog>
  );
}

export default TeamBoard;
