// The parse worker has no `document`, but the browser build of decode-named-character-reference (used by the
// Markdown parser) decodes entities such as `&amp;` through `document.createElement('i').innerHTML`. This stands in
// for that one element with the same entity table the package's non-browser build uses, so a catalog parsed in the
// worker is identical to one parsed on the main thread. Imported first by parseWorker.ts; a no-op where a DOM exists.
// character-entities is a dependency of decode-named-character-reference (installed with the parser).
import { characterEntities } from 'character-entities';

const scope = globalThis as { document?: unknown };

function decodeReference(html: string): string {
  const m = /^&([^;]*);$/.exec(html);
  const name = m?.[1];
  if (name === undefined || !Object.prototype.hasOwnProperty.call(characterEntities, name)) return html;
  return (characterEntities as Record<string, string>)[name]!;
}

if (typeof scope.document === 'undefined') {
  scope.document = {
    createElement: () => {
      let text = '';
      return {
        set innerHTML(html: string) {
          text = decodeReference(html);
        },
        get textContent() {
          return text;
        },
      };
    },
  };
}
