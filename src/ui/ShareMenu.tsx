// "Copy a read-only link" (in the Share menu): the active learner's path in a URL (versioned, compressed), copied to
// the clipboard and shown in a field with data-share-url. The catalog travels along when small; otherwise a hosted
// catalog URL is named.
import { useState } from 'react';
import { useSession } from '../session/sessionStore';
import { shareUrl } from '../share/location';
import { encodeShare } from '../share/payload';
import { activeProfile } from '../store/progressSlice';
import { usePlannerStore } from '../store/react';

interface Result {
  url: string;
  copied: boolean;
  note: string;
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
      const enc = await encodeShare({
        name: p.name,
        statuses: p.statuses,
        goal: p.goal,
        pace: p.pace,
        sources: catalogUrl ? null : s.sources,
        catalogUrl,
      });
      const url = shareUrl(location.href, enc.token, catalogUrl);
      let copied = false;
      try {
        await navigator.clipboard.writeText(url);
        copied = true;
      } catch {
        // Clipboard access can be refused (permissions, insecure context): the link is shown to copy by hand.
      }
      const note = catalogUrl
        ? 'The link names the hosted catalog; the visitor’s browser loads it from there.'
        : enc.catalogTooLarge
          ? 'Your imported documents are too large for a link. The visitor sees your path on the built-in catalog only — or host the catalog JSON (npm run catalog) and enter its address below.'
          : enc.catalogInLink
            ? 'Your imported documents travel inside the link.'
            : 'Uses the built-in catalog.';
      setResult({ url, copied, note });
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
