#!/usr/bin/env node
// `node scripts/make-tray-icons.mjs [out-dir]`: draws the tray icons into build/tray/ (committed).
// Electron's Tray takes no SVG, and a script keeps the PNGs reproducible without an image editor:
// Node's zlib and a PNG encoder of a few lines are all it needs.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(process.argv[2] ?? path.join(root, 'build', 'tray'));

/*
 * The mark, in a unit square (y down): an open ring whose lower end steps down into squares, after
 * DigitalOcean's own. At 16 px only its outline survives, which is what makes it recognisable.
 */
const centre = { x: 0.58, y: 0.42 };
const outer = 0.38;
const inner = 0.2;
const stroke = outer - inner;
const rectangles = [
  // The ring's lower end, squared off.
  [centre.x - stroke, centre.y + inner, centre.x, centre.y + outer],
  // Two smaller squares stepping down and to the left.
  [centre.x - stroke, centre.y + outer, centre.x - stroke * 0.25, centre.y + outer + stroke * 0.75],
  [centre.x - stroke * 1.6, centre.y + outer + stroke * 0.2, centre.x - stroke, centre.y + outer + stroke * 0.75],
];

const inMark = (x, y) => {
  const dx = x - centre.x;
  const dy = y - centre.y;
  const distance = Math.hypot(dx, dy);
  // The ring is open in its lower-left quarter, where the squares are.
  if (distance >= inner && distance <= outer && !(dx < 0 && dy > 0)) return true;
  return rectangles.some(([x0, y0, x1, y1]) => x >= x0 && x < x1 && y >= y0 && y < y1);
};

/** Samples per pixel side: coverage gives the edges their anti-aliasing. */
const SUPERSAMPLE = 8;

/** RGBA pixels of the mark in one colour, its coverage in the alpha channel. */
const drawMark = (size, [red, green, blue]) => {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy += 1) {
        for (let sx = 0; sx < SUPERSAMPLE; sx += 1) {
          if (inMark((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size)) covered += 1;
        }
      }
      const offset = (py * size + px) * 4;
      pixels[offset] = red;
      pixels[offset + 1] = green;
      pixels[offset + 2] = blue;
      pixels[offset + 3] = Math.round((covered / SUPERSAMPLE ** 2) * 255);
    }
  }
  return pixels;
};

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let bit = 0; bit < 8; bit += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** A PNG chunk: length, type, data, and the CRC of type and data. */
const chunk = (type, data) => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const framed = Buffer.alloc(body.length + 8);
  framed.writeUInt32BE(data.length, 0);
  body.copy(framed, 4);
  framed.writeUInt32BE(crc32(body), body.length + 4);
  return framed;
};

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** 8-bit RGBA (colour type 6), not interlaced, every scanline unfiltered (filter byte 0). */
const encodePng = (size, rgba) => {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rowBytes = size * 4;
  const scanlines = Buffer.alloc((rowBytes + 1) * size);
  for (let row = 0; row < size; row += 1) rgba.copy(scanlines, row * (rowBytes + 1) + 1, row * rowBytes, (row + 1) * rowBytes);
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(scanlines, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
};

/**
 * macOS draws a template image in the menu bar's own colour from its alpha alone (black is the
 * convention); Windows and Linux show the colours as they are, so there it is DigitalOcean blue.
 * Each at 16 px and at 32 px as `@2x`, which nativeImage picks up beside the 1x file for HiDPI.
 */
const variants = [
  { name: 'tray-template', colour: [0, 0, 0] },
  { name: 'tray-color', colour: [0x00, 0x80, 0xff] },
];

mkdirSync(outDir, { recursive: true });
for (const { name, colour } of variants) {
  for (const [size, suffix] of [
    [16, ''],
    [32, '@2x'],
  ]) {
    const file = path.join(outDir, `${name}${suffix}.png`);
    writeFileSync(file, encodePng(size, drawMark(size, colour)));
    console.log(`wrote ${path.relative(root, file)}`);
  }
}
