// "Pathway file" in the Share menu: save the learner, the curriculum and the positions as one JSON file, or open
// one (from a mentee, a manager, another browser). The import input and a drop on the canvas open them too.
import { useRef, useState } from 'react';
import { openPlannerFile, savePathwayFile } from '../session/pathwayFiles';
import { usePlannerStore } from '../store/react';

export function PathwayFile() {
  const store = usePlannerStore();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ tone: string; text: string } | null>(null);

  async function open(file: File) {
    const result = await openPlannerFile(store, await file.text(), file.name);
    setMessage(result.tone === 'asking' ? null : result);
  }

  return (
    <>
      <div className="popover__row">
        <button
          type="button"
          className="btn"
          data-action="save-pathway"
          onClick={() => setMessage({ tone: 'info', text: `Saved ${savePathwayFile(store)}.` })}
        >
          Save pathway file
        </button>
        <button
          type="button"
          className="btn"
          data-action="open-pathway"
          onClick={() => input.current?.click()}
        >
          Open…
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          data-action="open-pathway-file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void open(f);
          }}
        />
      </div>
      {message && (
        <p
          className={message.tone === 'error' ? 'popover__error' : 'muted popover__note'}
          role={message.tone === 'error' ? 'alert' : 'status'}
          data-pathway-message={message.tone}
        >
          {message.text}
        </p>
      )}
    </>
  );
}
