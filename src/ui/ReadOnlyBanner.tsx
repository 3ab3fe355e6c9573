// The page's session in one line: a shared path (read-only, "Save as my profile"), a hosted catalog,
// a link that could not be read, or a catalog still loading.
import { sessionStore, useSession } from '../session/sessionStore';
import { usePlanner } from '../store/react';

export function ReadOnlyBanner() {
  const { mode, sharedName, sharedGraph, catalogUrl, loading, error, saving, saveAsMyProfile, leave } =
    useSession((s) => s);
  const nodes = usePlanner((s) => s.catalog.nodes.length);
  return (
    <>
      {loading && (
        <div className="banner banner--info" role="status" data-session="loading">
          {loading}
        </div>
      )}
      {error && (
        <div className="banner banner--error" role="alert" data-session-error>
          <span>{error}</span>
          <button
            type="button"
            className="btn btn--quiet"
            onClick={() => sessionStore.setState({ error: null })}
          >
            Dismiss
          </button>
        </div>
      )}
      {mode === 'shared' && (
        <div
          className="banner banner--shared"
          role="region"
          aria-label="Shared path"
          data-session="shared"
          data-readonly="true"
        >
          <span>
            <strong>Read-only:</strong> {sharedName ? `${sharedName}’s` : 'a shared'} learning path
            {catalogUrl ? ` on the catalog from ${catalogUrl}` : ''}. Your own progress is not shown and
            nothing is saved.
            {sharedGraph && sharedGraph.shown < sharedGraph.total && (
              <>
                {' '}
                <strong data-shared-part="path">
                  Showing the path only — {sharedGraph.shown} of {sharedGraph.total} nodes.
                </strong>
              </>
            )}
            {sharedGraph && !sharedGraph.titles && ' Titles did not fit in the link: cards show ids.'}
          </span>
          <span className="toolbar__spacer" />
          <button
            type="button"
            className="btn btn--primary"
            data-action="save-shared-profile"
            disabled={saving}
            onClick={() => void saveAsMyProfile?.()}
          >
            {saving ? 'Saving…' : 'Save as my profile'}
          </button>
          <button
            type="button"
            className="btn btn--quiet"
            data-action="leave-shared"
            onClick={() => leave?.()}
          >
            Open my planner
          </button>
        </div>
      )}
      {mode === 'hosted' && (
        <div className="banner banner--info" role="region" aria-label="Hosted catalog" data-session="hosted">
          <span>
            Catalog from <span className="mono">{catalogUrl}</span> ({nodes} nodes). Your progress is saved;
            your own imported documents are untouched.
          </span>
          <span className="toolbar__spacer" />
          <button
            type="button"
            className="btn btn--quiet"
            data-action="leave-hosted"
            onClick={() => leave?.()}
          >
            Back to my catalog
          </button>
        </div>
      )}
    </>
  );
}
