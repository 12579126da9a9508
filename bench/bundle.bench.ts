import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from '../support/ready-process';
import { ensureBuilt } from './support/built-panel';

/**
 * The renderer's JavaScript as `npm run build` leaves it in dist/ (rebuilt first when older than its
 * sources): the entry chunk index.html starts, what it preloads beside it, the start page's chunks
 * (Droplets, loaded as the shell starts: renderer/main.tsx), and the largest chunks loaded later,
 * when an area, a dialog or a pane is first opened. Sizes in kB of 1,000 bytes, as Vite prints them;
 * gzip at its default level. The target is the entry chunk's raw size; Vite warns above 500 kB.
 */

const VITE_WARNING_KB = 500;
const dist = path.join(repoRoot, 'dist');

interface Chunk {
  file: string;
  raw: number;
  gzip: number;
  /** Chunks it imports statically: they load with it. */
  imports: string[];
}

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

const readChunk = (file: string): Chunk => {
  const code = readFileSync(path.join(dist, 'assets', file));
  const text = code.toString('utf8');
  // A built chunk's static imports: `import{a as b}from"./react-x.js"` or `import"./x.js"`, at the top level.
  const imports = [...text.matchAll(/(?:^|[;}\s])import(?:[^"'();]*?from)?\s*["']\.\/([^"']+\.js)["']/g)].map((match) => match[1] as string);
  return { file, raw: code.length, gzip: gzipSync(code).length, imports: [...new Set(imports)] };
};

/** A chunk and everything it imports statically, each once. */
const closure = (chunks: ReadonlyMap<string, Chunk>, roots: readonly string[]): Chunk[] => {
  const seen = new Map<string, Chunk>();
  const visit = (file: string): void => {
    const chunk = chunks.get(file);
    if (!chunk || seen.has(file)) return;
    seen.set(file, chunk);
    chunk.imports.forEach(visit);
  };
  roots.forEach(visit);
  return [...seen.values()];
};

const total = (chunks: readonly Chunk[]): string =>
  `${kB(chunks.reduce((sum, chunk) => sum + chunk.raw, 0))} raw, ${kB(chunks.reduce((sum, chunk) => sum + chunk.gzip, 0))} gzip`;

const named = (chunk: Chunk): string => `${chunk.file} ${kB(chunk.raw)} (${kB(chunk.gzip)} gzip)`;

export const benchBundle = async (): Promise<string[]> => {
  const rebuilt = ensureBuilt();
  const chunks = new Map(
    readdirSync(path.join(dist, 'assets'))
      .filter((file) => file.endsWith('.js'))
      .map((file) => [file, readChunk(file)] as const),
  );
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const entryFile = /<script type="module"[^>]*src="\.\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  const entry = entryFile ? chunks.get(entryFile) : undefined;
  if (!entry) throw new Error('dist/index.html names no entry chunk');
  const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\.\/assets\/([^"]+\.js)"/g)].map((match) => match[1] as string);
  const atStart = closure(chunks, [entry.file, ...preloaded]);
  const startPageFile = [...chunks.keys()].find((file) => file.startsWith('droplets-page-'));
  const startPage = startPageFile ? closure(chunks, [startPageFile]).filter((chunk) => !atStart.includes(chunk)) : [];
  const later = [...chunks.values()].filter((chunk) => !atStart.includes(chunk) && !startPage.includes(chunk)).sort((a, b) => b.raw - a.raw);
  const overLimit = [...chunks.values()].filter((chunk) => chunk.raw > VITE_WARNING_KB * 1000);

  return [
    `bundle: entry chunk ${entry.file}: ${kB(entry.raw)} raw, ${kB(entry.gzip)} gzip (target: under 300 kB raw)${rebuilt ? '; built first' : ''}`,
    `bundle: loaded before the first render (the entry and what index.html preloads beside it: ${atStart.map((chunk) => chunk.file).join(', ')}): ${total(atStart)}`,
    `bundle: the start page (Droplets), loading in parallel with the shell: ${startPage.length} chunks, ${total(startPage)}`,
    `bundle: loaded later, when first opened (or once the app is idle): ${later.length} chunks, ${total(later)}; the largest: ${later.slice(0, 4).map(named).join(', ')}`,
    overLimit.length === 0
      ? `bundle: no chunk over Vite's ${VITE_WARNING_KB} kB warning limit (target: no warning)`
      : `bundle: over Vite's ${VITE_WARNING_KB} kB warning limit: ${overLimit.map(named).join(', ')} (target: no warning)`,
  ];
};
