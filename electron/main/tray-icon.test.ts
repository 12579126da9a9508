import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { nativeImage } from 'electron';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger, type LogLevel } from '../core/log';
import { loadTrayIcon, trayIconDir, trayIconFile } from './tray-icon';

const image = vi.hoisted(() => ({ empty: false, setTemplateImage: vi.fn() }));

vi.mock('electron', () => ({
  nativeImage: { createFromPath: vi.fn(() => ({ isEmpty: () => image.empty, setTemplateImage: image.setTemplateImage })) },
}));

const root = path.resolve(import.meta.dirname, '..', '..');
const iconDir = path.join(root, 'build', 'tray');
const iconFiles = ['tray-template.png', 'tray-template@2x.png', 'tray-color.png', 'tray-color@2x.png'];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let bit = 0; bit < 8; bit += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Uint8Array): number => {
  let c = 0xffffffff;
  for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

interface DecodedPng {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  chunkTypes: string[];
  /** RGBA, row after row. */
  pixels: Buffer;
}

/** Just enough of a PNG decoder to check ours: chunks and their CRCs, the header, unfiltered RGBA rows. */
const decodePng = (file: Buffer): DecodedPng => {
  expect([...file.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: { type: string; data: Buffer }[] = [];
  for (let offset = 8; offset < file.length; ) {
    const length = file.readUInt32BE(offset);
    const body = file.subarray(offset + 4, offset + 8 + length);
    expect(file.readUInt32BE(offset + 8 + length), 'chunk CRC').toBe(crc32(body));
    chunks.push({ type: body.subarray(0, 4).toString('ascii'), data: body.subarray(4) });
    offset += 12 + length;
  }
  const header = chunks[0]?.data ?? Buffer.alloc(13);
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const rows = inflateSync(Buffer.concat(chunks.filter((chunk) => chunk.type === 'IDAT').map((chunk) => chunk.data)));
  expect(rows).toHaveLength((width * 4 + 1) * height);
  const pixels = Buffer.alloc(width * height * 4);
  for (let row = 0; row < height; row += 1) {
    const start = row * (width * 4 + 1);
    expect(rows[start], 'filter type').toBe(0);
    rows.copy(pixels, row * width * 4, start + 1, start + 1 + width * 4);
  }
  return { width, height, bitDepth: header[8] ?? 0, colourType: header[9] ?? 0, chunkTypes: chunks.map((chunk) => chunk.type), pixels };
};

/** The colours of the pixels the mark covers, and how many it covers and leaves clear. */
const survey = ({ pixels }: DecodedPng) => {
  const colours = new Set<string>();
  let opaque = 0;
  let clear = 0;
  for (let offset = 0; offset < pixels.length; offset += 4) {
    const alpha = pixels[offset + 3] ?? 0;
    if (alpha === 0) clear += 1;
    else colours.add(pixels.subarray(offset, offset + 3).toString('hex'));
    if (alpha === 255) opaque += 1;
  }
  return { colours: [...colours], opaque, clear };
};

let logLines: [LogLevel, string][];
const log = () => createLogger('tray', { sink: (level, line) => logLines.push([level, line]) });

beforeEach(() => {
  logLines = [];
  image.empty = false;
  vi.mocked(nativeImage.createFromPath).mockClear();
  image.setTemplateImage.mockClear();
});

describe('trayIconDir', () => {
  it('finds build/tray from the built main.js in development', () => {
    expect(trayIconDir({ isPackaged: false, resourcesPath: '/opt/electron/resources', bundleDir: path.join(root, 'dist-electron') })).toBe(iconDir);
  });

  it('finds the tray folder in the resources of a packaged app', () => {
    expect(trayIconDir({ isPackaged: true, resourcesPath: '/opt/panel/resources', bundleDir: '/opt/panel/resources/app.asar/dist-electron' })).toBe(
      path.join('/opt/panel/resources', 'tray'),
    );
  });

  it('is where electron-builder copies the icons to', () => {
    const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
    expect(config.extraResources).toContainEqual({ from: 'build/tray', to: 'tray', filter: ['*.png'] });
  });
});

describe('loadTrayIcon', () => {
  it('loads a template image on macOS, so the menu bar can tint it', () => {
    loadTrayIcon('/icons', 'darwin', log());
    expect(nativeImage.createFromPath).toHaveBeenCalledExactlyOnceWith(path.join('/icons', 'tray-template.png'));
    expect(image.setTemplateImage).toHaveBeenCalledExactlyOnceWith(true);
  });

  it('loads the coloured icon elsewhere', () => {
    loadTrayIcon('/icons', 'win32', log());
    expect(nativeImage.createFromPath).toHaveBeenCalledExactlyOnceWith(path.join('/icons', 'tray-color.png'));
    expect(image.setTemplateImage).not.toHaveBeenCalled();
    expect(logLines).toEqual([]);
  });

  it('logs an icon it could not read', () => {
    image.empty = true;
    loadTrayIcon('/icons', 'linux', log());
    expect(logLines).toEqual([['warn', `[tray] no tray icon could be read from ${path.join('/icons', 'tray-color.png')}`]]);
  });
});

describe('the committed tray icons', () => {
  it('include the file each platform loads, and its @2x', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const file = trayIconFile(platform);
      expect(iconFiles).toContain(file);
      expect(iconFiles).toContain(file.replace('.png', '@2x.png'));
    }
  });

  it.each(iconFiles)('%s is an 8-bit RGBA PNG of the right size, drawn in one colour', (name) => {
    const png = decodePng(readFileSync(path.join(iconDir, name)));
    const size = name.includes('@2x') ? 32 : 16;
    expect(png).toMatchObject({ width: size, height: size, bitDepth: 8, colourType: 6, chunkTypes: ['IHDR', 'IDAT', 'IEND'] });
    const { colours, opaque, clear } = survey(png);
    expect(colours).toEqual([name.startsWith('tray-template') ? '000000' : '0080ff']);
    expect(opaque).toBeGreaterThan(size * 2);
    expect(clear).toBeGreaterThan((size * size) / 3);
  });

  it('are what scripts/make-tray-icons.mjs draws', () => {
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'tray-icons-'));
    try {
      execFileSync(process.execPath, [path.join(root, 'scripts', 'make-tray-icons.mjs'), outDir], { stdio: 'ignore' });
      for (const name of iconFiles) {
        expect(decodePng(readFileSync(path.join(outDir, name))).pixels.equals(decodePng(readFileSync(path.join(iconDir, name))).pixels), name).toBe(true);
      }
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
