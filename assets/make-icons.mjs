// Draws the toolbar icons (assets/public/icon/{16,32,48,128}.png, picked up by WXT) without an image
// library: a blue rounded square with a white magnifying lens over a quotation bar, 4×4 supersampled.
// Run: node assets/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [26, 95, 180];
const WHITE = [255, 255, 255];

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x, y), 1 + x * 4);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Colour of the unit-square point (u, v): null outside the icon. */
function shade(u, v) {
  const r = 0.18; // corner radius
  const cx = Math.min(Math.max(u, r), 1 - r), cy = Math.min(Math.max(v, r), 1 - r);
  if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return null;
  const d = Math.hypot(u - 0.44, v - 0.42);
  if (d > 0.2 && d < 0.29) return WHITE; // lens ring
  // handle, along the diagonal from the ring to the lower right
  const t = ((u - 0.44) + (v - 0.42)) / 2;
  const off = Math.abs((u - 0.44) - (v - 0.42)) / Math.SQRT2;
  if (t > 0.2 && t < 0.36 && off < 0.06) return WHITE;
  if (d <= 0.2 && v > 0.36 && v < 0.48 && u > 0.32 && u < 0.56) return WHITE; // the "claim" bar inside the lens
  return BLUE;
}

mkdirSync(new URL('./public/icon/', import.meta.url), { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const S = 4;
  const data = png(size, (x, y) => {
    let rr = 0, gg = 0, bb = 0, a = 0;
    for (let i = 0; i < S; i++)
      for (let j = 0; j < S; j++) {
        const c = shade((x + (i + 0.5) / S) / size, (y + (j + 0.5) / S) / size);
        if (c) {
          rr += c[0];
          gg += c[1];
          bb += c[2];
          a++;
        }
      }
    return a === 0 ? [0, 0, 0, 0] : [Math.round(rr / a), Math.round(gg / a), Math.round(bb / a), Math.round((255 * a) / (S * S))];
  });
  writeFileSync(new URL(`./public/icon/${size}.png`, import.meta.url), data);
}
console.log('icons written to assets/public/icon/');
