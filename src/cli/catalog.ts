// `npm run --silent catalog -- <files or folders…>`: the catalog JSON on stdout (R19).
// Exit 0 even with diagnostics; 2 for a usage error or an unreadable path.
import { buildCatalog } from '../domain/catalog';
import { loadSources } from './load-sources';

const USAGE =
  'usage: npm run --silent catalog -- <files or folders…>\n  Prints {nodes, edges, diagnostics} as JSON. Folders are searched for .md .markdown .txt .yaml .yml .json.';

async function main(args: string[]): Promise<number> {
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    process.stderr.write(`${USAGE}\n`);
    return args.length === 0 ? 2 : 0;
  }
  const unknownFlag = args.find((a) => a.startsWith('-'));
  if (unknownFlag) {
    process.stderr.write(`unknown option ${unknownFlag}\n${USAGE}\n`);
    return 2;
  }
  const loaded = await loadSources(args);
  if (loaded.unreadable.length > 0) {
    process.stderr.write(`cannot read: ${loaded.unreadable.join(', ')}\n`);
    return 2;
  }
  const catalog = buildCatalog(loaded.docs);
  const out = { ...catalog, diagnostics: [...loaded.diagnostics, ...catalog.diagnostics] };
  await new Promise<void>((resolve) =>
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`, () => resolve()),
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`catalog failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
