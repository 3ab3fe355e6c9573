import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromBase64Url, toBase64Url } from '../../src/share/base64url';
import { decodeShare, encodeShare, INLINE_CATALOG_LIMIT, type SharedPath } from '../../src/share/payload';
import { checkCatalogUrl, readLocation, shareUrl } from '../../src/share/location';

const path: SharedPath = {
  name: 'Ana',
  statuses: { 'MOD-801': 'completed', 'MOD-805': 'in-progress', 'PROJ-01': 'completed' },
  goal: { type: 'role', role: 'AI Infrastructure Team Lead' },
  pace: { hoursPerWeek: 6, startDate: '2025-03-01' },
  sources: [{ path: 'extra/module-901.md', text: '# Module Roadmap\n\nMOD-901 Something small\n' }],
  catalogUrl: null,
};

describe('share payload', () => {
  it('S1: base64url round-trips any bytes and rejects foreign characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect([...fromBase64Url(text)!]).toEqual([...bytes]);
      }),
    );
    expect(fromBase64Url('ab+c')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
  });

  it('S2: a path round-trips (statuses, goal, pace, name, small catalog) through a v1 token', async () => {
    const enc = await encodeShare(path);
    expect(enc.token.startsWith('v1.')).toBe(true);
    expect(enc.catalogInLink).toBe(true);
    const dec = await decodeShare(enc.token);
    expect(dec).toEqual({ ok: true, path: { ...path, graph: null } });
  });

  it('P10: a link whose pace is out of range or starts on a day that does not exist opens without the pace, saying why', async () => {
    for (const [pace, why] of [
      [{ hoursPerWeek: 0.01, startDate: '2025-03-01' }, 'from 0.5 to 168 hours per week'],
      [{ hoursPerWeek: 6, startDate: '2025-02-30' }, 'the start date 2025-02-30 does not exist'],
    ] as const) {
      const dec = await decodeShare((await encodeShare({ ...path, pace })).token);
      expect(dec.ok).toBe(true);
      if (!dec.ok) continue;
      expect(dec.path.pace).toBeNull();
      expect(dec.path.paceNote).toContain(why);
      expect(dec.path.statuses).toEqual(path.statuses);
    }
  });

  it('S3: the token is compact: 300 completed nodes stay far below a naive JSON encoding', async () => {
    const statuses = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`MOD-${100 + i}`, 'completed' as const]),
    );
    const enc = await encodeShare({ ...path, statuses, sources: null });
    expect(enc.token.length).toBeLessThan(JSON.stringify(statuses).length / 3);
    const dec = await decodeShare(enc.token);
    expect(dec.ok && Object.keys(dec.path.statuses).length).toBe(300);
  });

  it('S4: documents too large for a link are left out and reported; a hosted catalog URL travels instead', async () => {
    // Incompressible text: random-ish lines so deflate cannot shrink it under the limit.
    let seed = 7;
    const noise = Array.from({ length: 40_000 }, () =>
      String.fromCharCode(33 + ((seed = (seed * 48271) % 2147483647) % 90)),
    ).join('');
    const big = await encodeShare({ ...path, sources: [{ path: 'big.md', text: noise }] });
    expect(big.catalogInLink).toBe(false);
    expect(big.catalogTooLarge).toBe(true);
    expect(big.token.length).toBeLessThan(INLINE_CATALOG_LIMIT);
    const hosted = await encodeShare({
      ...path,
      sources: null,
      catalogUrl: 'https://example.org/catalog.json',
    });
    const dec = await decodeShare(hosted.token);
    expect(dec.ok && dec.path.catalogUrl).toBe('https://example.org/catalog.json');
  });

  it('S5: a tampered, truncated or foreign token gives a clear error instead of a path', async () => {
    const { token } = await encodeShare(path);
    const body = token.slice(3);
    const flipped = `v1.${body.slice(0, 10)}${body[10] === 'A' ? 'B' : 'A'}${body.slice(11)}`;
    const cases = [
      '',
      'hello',
      'v1.',
      `v1.${body.slice(0, body.length - 7)}`,
      flipped,
      'v1.@@@@',
      `v9.${body}`,
    ];
    for (const t of cases) {
      const r = await decodeShare(t);
      expect(r.ok, `token ${t.slice(0, 20)}`).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/share link/);
    }
    const newer = await decodeShare(`v9.${body}`);
    expect(!newer.ok && newer.error).toMatch(/newer version/);
  });

  it('S6: valid compression around invalid content is rejected by the schema', async () => {
    const { deflateRaw } = await import('../../src/share/compression');
    const evil = new TextEncoder().encode(JSON.stringify({ n: 'x', c: [42], p: [], g: null, pace: null }));
    const r = await decodeShare(`v1.${toBase64Url(await deflateRaw(evil))}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/changed or is damaged/);
  });

  it('S7: a link that inflates past the limit is refused', async () => {
    const { deflateRaw } = await import('../../src/share/compression');
    const bomb = new Uint8Array(6 * 1024 * 1024).fill(32);
    const r = await decodeShare(`v1.${toBase64Url(await deflateRaw(bomb))}`);
    expect(r.ok).toBe(false);
  });
});

describe('share location', () => {
  it('S8: reads ?catalog= and #share= from the address and writes them back', () => {
    const href = shareUrl('http://127.0.0.1:4173/app/?x=1#old', 'v1.abc_-', 'http://127.0.0.1:9999/c.json');
    expect(href).toBe(
      'http://127.0.0.1:4173/app/?catalog=http%3A%2F%2F127.0.0.1%3A9999%2Fc.json#share=v1.abc_-',
    );
    expect(readLocation(href)).toEqual({
      shareToken: 'v1.abc_-',
      catalogUrl: 'http://127.0.0.1:9999/c.json',
    });
    expect(readLocation('http://h/')).toEqual({ shareToken: null, catalogUrl: null });
  });

  it('S9: only http(s) catalog addresses are accepted', () => {
    expect(checkCatalogUrl('javascript:alert(1)', 'http://h/').ok).toBe(false);
    expect(checkCatalogUrl('file:///etc/passwd', 'http://h/').ok).toBe(false);
    expect(checkCatalogUrl('catalog.json', 'http://h/app/')).toEqual({
      ok: true,
      url: 'http://h/app/catalog.json',
    });
  });
});
