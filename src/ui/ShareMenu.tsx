// "Copy a read-only link" (in the Share menu): the active learner's path in a URL (versioned, compressed), copied to
// the clipboard and shown in a field with data-share-url. The catalog travels along when small; otherwise a hosted
// catalog URL is named.
import { useState } from 'react';
import { useSession } from '../session/sessionStore';
import { pathNodeKeys } from '../share/graph';
import { shareUrl } from '../share/location';
import { encodeShare, MAX_LINK_LENGTH, type EncodedShare } from '../share/payload';
import { activeProfile, activeStatuses } from '../store/progressSlice';
import { usePlannerStore } from '../store/react';

interface Result {
  url: string;
  copied: boolean;
  note: string;
}

/** What the link carries, in the sender's words. */
function describe(enc: EncodedShare, hasGoal: boolean): string {
  const long = enc.tooLong
    ? ` It is longer than ${MAX_LINK_LENGTH.toLocaleString()} characters and some apps cut such links: send the pathway file instead (Save pathway file).`
    : '';
  switch (enc.carries) {
    case 'hosted':
      return 'The link names the hosted catalog; the visitor’s browser loads it from there.';
    case 'documents':
      return 'Your imported documents travel inside the link.';
    case 'catalog':
      return `The whole catalog (${enc.total} nodes, without their descriptions) travels inside the link.${long}`;
    case 'path':
      return `The catalog is too large for a link: it carries the path only — ${enc.shown} of ${enc.total} nodes${enc.withoutTitles ? ', ids without titles' : ''}.${long}`;
    default:
      return enc.catalogTooLarge
        ? `Your catalog is too large for a link${hasGoal ? '' : ' and no goal is set to cut a path from it'}: the visitor sees your statuses on the built-in catalog. Choose a goal, send the pathway file, or host the catalog JSON (npm run catalog) and enter its address below.${long}`
        : 'Uses the built-in catalog.';
  }
}

export function ShareLink() {
  const store = usePlannerStore();
  const sessionCatalog = useSession((s) => s.catalogUrl);
  const [result, setResult] = useState<Result | null>(null);
  const [hosted, setHosted] = useState('');
  const [busy, setBusy] = useState(false);

  async function make(hostedUrl: string | null) {
    setBusy(true);
    try {
      const s = store.getState();
      const p = activeProfile(s);
      const catalogUrl = hostedUrl ?? sessionCatalog;
      const address = shareUrl(location.href, null, catalogUrl);
      const enc = await encodeShare(
        {
          name: p.name,
          statuses: p.statuses,
          goal: p.goal,
          pace: p.pace,
          sources: catalogUrl ? null : s.sources,
          catalogUrl,
          catalog: s.catalog,
          pathKeys: p.goal ? pathNodeKeys(s.index, activeStatuses(s), p.goal) : null,
        },
        MAX_LINK_LENGTH - address.length - '#share='.length,
      );
      const url = shareUrl(location.href, enc.token, catalogUrl);
      let copied = false;
      try {
        await navigator.clipboard.writeText(url);
        copied = true;
      } catch {
        // Clipboard access can be refused (permissions, insecure context): the link is shown to copy by hand.
      }
      setResult({ url, copied, note: describe(enc, !!p.goal) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="share-link">
      <button
        type="button"
        className="btn"
        data-action="share-link"
        disabled={busy}
        onClick={() => void make(null)}
      >
        Copy a read-only link
      </button>
      {result && (
        <div className="share-link__result" role="group" aria-label="Share link">
          <label className="popover__label">
            {result.copied
              ? 'Link copied to the clipboard. Anyone with it sees this path read-only:'
              : 'Copy this link. Anyone with it sees this path read-only:'}
            <input
              className="popover__url"
              readOnly
              value={result.url}
              data-share-url={result.url}
              onFocus={(e) => e.currentTarget.select()}
            />
          </label>
          <p className="muted popover__note">
            {result.note} The link is {result.url.length.toLocaleString()} characters.
          </p>
          <form
            className="popover__row"
            onSubmit={(e) => {
              e.preventDefault();
              if (hosted.trim()) void make(hosted.trim());
            }}
          >
            <input
              type="url"
              placeholder="Optional: https://… hosted catalog JSON"
              aria-label="Hosted catalog address"
              value={hosted}
              onChange={(e) => setHosted(e.target.value)}
            />
            <button type="submit" className="btn" disabled={!hosted.trim() || busy}>
              Use it
            </button>
          </form>
        </div>
      )}
    </div>
  );
}
