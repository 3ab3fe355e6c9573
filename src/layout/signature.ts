// A short structure hash of a layout input: equal signatures mean layoutCatalog returns equal positions,
// so positions stored beside a signature can be reused without laying anything out.
import type { Direction } from './geometry';
import type { LayoutInput } from './layout';

/** Bump when the layout algorithm changes so stored positions are recomputed once. */
export const LAYOUT_VERSION = 5;

/** cyrb53: a fast 53-bit string hash (public domain), fed incrementally. */
class Hash53 {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;
  add(text: string): this {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      this.h1 = Math.imul(this.h1 ^ ch, 2654435761);
      this.h2 = Math.imul(this.h2 ^ ch, 1597334677);
    }
    this.h1 = Math.imul(this.h1 ^ 0x1f, 2654435761); // a separator so ["ab","c"] ≠ ["a","bc"]
    this.h2 = Math.imul(this.h2 ^ 0x1f, 1597334677);
    return this;
  }
  digest(): string {
    let h1 =
      Math.imul(this.h1 ^ (this.h1 >>> 16), 2246822507) ^ Math.imul(this.h2 ^ (this.h2 >>> 13), 3266489909);
    const h2 = Math.imul(this.h2 ^ (this.h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    h1 >>>= 0;
    return (h2 >>> 0).toString(16).padStart(8, '0') + h1.toString(16).padStart(8, '0');
  }
}

export function layoutSignature(input: LayoutInput, direction: Direction): string {
  const h = new Hash53().add(`v${LAYOUT_VERSION}`).add(direction).add(String(input.nodes.length));
  for (const node of input.nodes) {
    h.add(node.key);
    h.add((node.roles ?? []).join('\u0002'));
  }
  h.add(String(input.edges.length));
  for (const e of input.edges) h.add(`${e.type[0]}${e.from}\u0003${e.to}`);
  return `${LAYOUT_VERSION}-${input.nodes.length}-${h.digest()}`;
}
