// Writes the app icons (public/icon.svg and its PNG sizes) from one drawing: three cards joined by links, the
// last one done. Plain shapes rasterized here (4×4 supersampling), so no browser or image tool is needed.
// Run: npx tsx scripts/icons.ts
import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

type Rgb = [number, number, number];
interface Shape {
  x: number;
  y: number;
  w: number;
  h: number;
  r: number;
  fill: string;
}

const BLUE = '#2563eb';
const WHITE = '#ffffff';
const DONE = '#bbf7d0';
/** The drawing on a 512 grid, back to front (the background is drawn separately). */
const SHAPES: Shape[] = [
  { x: 190, y: 154, w: 76, h: 20, r: 0, fill: WHITE }, // link from the top card
  { x: 190, y: 338, w: 76, h: 20, r: 0, fill: WHITE }, // link from the bottom card
  { x: 246, y: 154, w: 20, h: 204, r: 0, fill: WHITE }, // the two links meet
  { x: 246, y: 246, w: 80, h: 20, r: 0, fill: WHITE }, // into the last card
  { x: 64, y: 120, w: 136, h: 88, r: 18, fill: WHITE },
  { x: 64, y: 304, w: 136, h: 88, r: 18, fill: WHITE },
  { x: 312, y: 212, w: 136, h: 88, r: 18, fill: DONE },
];

function svg(): string {
  const rects = SHAPES.map(
    (s) => `  <rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" rx="${s.r}" fill="${s.fill}"/>`,
  );
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">',
    `  <rect width="512" height="512" rx="96" fill="${BLUE}"/>`,
    ...rects,
    '</svg>',
    '',
  ].join('\n');
}

function rgb(hex: string): Rgb {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function inside(s: Shape, x: number, y: number): boolean {
  if (x < s.x || y < s.y || x > s.x + s.w || y > s.y + s.h) return false;
  const cx = Math.min(Math.max(x, s.x + s.r), s.x + s.w - s.r);
  const cy = Math.min(Math.max(y, s.y + s.r), s.y + s.h - s.r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= s.r ** 2;
}

/**
 * RGBA pixels of the drawing at `size` px. `maskable`: full-bleed background and the drawing shrunk into the
 * 80 % safe zone that launchers may crop to a circle.
 */
function raster(size: number, maskable: boolean): Buffer {
  const out = Buffer.alloc(size * size * 4);
  const background: Shape = { x: 0, y: 0, w: 512, h: 512, r: maskable ? 0 : 96, fill: BLUE };
  const scale = maskable ? 0.8 : 1;
  const shift = (512 * (1 - scale)) / 2;
  const N = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < N; sy++) {
        for (let sx = 0; sx < N; sx++) {
          const x = ((px + (sx + 0.5) / N) / size) * 512;
          const y = ((py + (sy + 0.5) / N) / size) * 512;
          if (!inside(background, x, y)) continue;
          const dx = (x - shift) / scale;
          const dy = (y - shift) / scale;
          let fill = BLUE;
          for (const s of SHAPES) if (inside(s, dx, dy)) fill = s.fill;
          const c = rgb(fill);
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
        out[i + 3] = Math.round((a / (N * N)) * 255);
      }
    }
  }
  return out;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

function png(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

writeFileSync('public/icon.svg', svg());
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['icon-maskable-512.png', 512, true],
  ['apple-touch-icon.png', 180, true],
] as const) {
  writeFileSync(`public/${name}`, png(size, raster(size, maskable)));
}
