// Reading and writing the planner's URL: `?catalog=<url>` names a hosted catalog, `#share=v1.…` carries a path.

export interface LocationRequest {
  shareToken: string | null;
  catalogUrl: string | null;
}

export function readLocation(href: string): LocationRequest {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { shareToken: null, catalogUrl: null };
  }
  const hash = new URLSearchParams(url.hash.replace(/^#/, ''));
  const catalogUrl = url.searchParams.get('catalog');
  return {
    shareToken: hash.get('share'),
    catalogUrl: catalogUrl && catalogUrl.trim() ? catalogUrl.trim() : null,
  };
}

/** The app's own address (no query, no hash) with an optional hosted catalog and a share token. */
export function shareUrl(appHref: string, token: string | null, catalogUrl: string | null): string {
  const url = new URL(appHref);
  url.search = '';
  url.hash = '';
  if (catalogUrl) url.searchParams.set('catalog', catalogUrl);
  return `${url.toString()}${token ? `#share=${token}` : ''}`;
}

/** Only http(s) catalogs are fetched; anything else is refused before a request is made. */
export function checkCatalogUrl(
  raw: string,
  base: string,
): { ok: true; url: string } | { ok: false; error: string } {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return { ok: false, error: `"${raw}" is not a valid catalog address.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return {
      ok: false,
      error: `Catalog addresses must start with https:// or http:// (got ${url.protocol}).`,
    };
  return { ok: true, url: url.toString() };
}
