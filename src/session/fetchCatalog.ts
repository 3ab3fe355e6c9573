// `?catalog=<url>`: the one network call the app makes, only to the address the user gave.
import type { SourceDocument } from '../domain/types';
import { checkCatalogUrl } from '../share/location';

const MAX_CATALOG_BYTES = 25 * 1024 * 1024;

export type FetchedCatalog = { ok: true; doc: SourceDocument } | { ok: false; error: string };

export async function fetchCatalogDocument(
  raw: string,
  base: string,
  fetchImpl: typeof fetch = fetch,
): Promise<FetchedCatalog> {
  const checked = checkCatalogUrl(raw, base);
  if (!checked.ok) return checked;
  const url = checked.url;
  let res: Response;
  try {
    res = await fetchImpl(url, {
      credentials: 'omit',
      redirect: 'follow',
      headers: { accept: 'application/json, text/markdown, text/yaml, text/plain, */*' },
    });
  } catch (error) {
    return {
      ok: false,
      error: `The catalog at ${url} could not be loaded (${error instanceof Error ? error.message : 'network error'}). The server must be reachable and allow this page (CORS).`,
    };
  }
  if (!res.ok)
    return {
      ok: false,
      error:
        `The catalog at ${url} could not be loaded: the server answered ${res.status} ${res.statusText}.`.trim(),
    };
  const length = Number(res.headers.get('content-length') ?? '0');
  if (length > MAX_CATALOG_BYTES)
    return { ok: false, error: `The catalog at ${url} is too large (${Math.round(length / 1e6)} MB).` };
  const text = await res.text();
  if (text.length > MAX_CATALOG_BYTES) return { ok: false, error: `The catalog at ${url} is too large.` };
  if (!text.trim()) return { ok: false, error: `The catalog at ${url} is empty.` };
  return { ok: true, doc: { path: url, text } };
}
