import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * Rules read straight from the source, for what Electronegativity does not check (or checks in a
 * way a later edit could slip past). Tests are left out: they describe attacks on purpose.
 */

const electronDir = path.join(import.meta.dirname, '..');

const sourcesUnder = async (dir: string, withTests = false): Promise<Map<string, string>> => {
  const entries = await readdir(path.join(electronDir, dir), { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && (withTests || !/\.test\.tsx?$/.test(entry.name)))
    .map((entry) => path.join(entry.parentPath, entry.name));
  const contents = await Promise.all(files.map((file) => readFile(file, 'utf8')));
  return new Map(files.map((file, index) => [path.relative(electronDir, file), contents[index] ?? '']));
};

const offending = (sources: Map<string, string>, pattern: RegExp): string[] =>
  [...sources].filter(([, text]) => pattern.test(text)).map(([file]) => file);

let main: Map<string, string>;
let everything: Map<string, string>;
let preload: string;

beforeAll(async () => {
  main = await sourcesUnder('main');
  // This file names the forbidden settings in order to look for them.
  everything = await sourcesUnder('.', true);
  everything.delete(path.relative(electronDir, import.meta.filename));
  preload = (await sourcesUnder('preload')).get(path.join('preload', 'index.ts')) ?? '';
});

describe('the Electron security checklist', () => {
  it('cancels navigation on every webContents', () => {
    expect(offending(main, /\.on\(\s*'will-navigate'/)).toEqual([path.join('main', 'security', 'navigation-guard.ts')]);
    expect(offending(main, /\.on\(\s*'will-redirect'/)).toHaveLength(1);
    expect(offending(main, /app\.on\(\s*'web-contents-created'/)).toHaveLength(1);
  });

  it('handles window.open, webviews and permission requests', () => {
    expect(offending(main, /\.setWindowOpenHandler\(/)).toHaveLength(1);
    expect(offending(main, /\.on\(\s*'will-attach-webview'/)).toHaveLength(1);
    expect(offending(main, /\.setPermissionRequestHandler\(/)).toHaveLength(1);
    expect(offending(main, /\.setPermissionCheckHandler\(/)).toHaveLength(1);
  });

  it('never switches the sandbox, isolation or web security off, anywhere in electron/', () => {
    expect(offending(everything, /sandbox\s*:\s*false/)).toEqual([]);
    expect(offending(everything, /contextIsolation\s*:\s*false/)).toEqual([]);
    expect(offending(everything, /nodeIntegration\w*\s*:\s*true/)).toEqual([]);
    expect(offending(everything, /webSecurity\s*:\s*false/)).toEqual([]);
    expect(offending(everything, /allowRunningInsecureContent\s*:\s*true/)).toEqual([]);
    expect(offending(everything, /webviewTag\s*:\s*true/)).toEqual([]);
    expect(offending(everything, /enableRemoteModule|@electron\/remote/)).toEqual([]);
  });

  it('turns the sandbox on for the whole app', () => {
    expect(main.get(path.join('main', 'index.ts'))).toMatch(/app\.enableSandbox\(\)/);
  });

  it('never loads the UI from file://', () => {
    expect(offending(main, /\bloadFile\s*\(/)).toEqual([]);
    expect(offending(main, /file:\/\//)).toEqual([]);
    expect(offending(main, /registerFileProtocol|registerBufferProtocol|registerStringProtocol|interceptFileProtocol/)).toEqual([]);
  });

  it('opens external links from the allowlist module only, or with literal URLs', () => {
    const calls = [...main].flatMap(([file, text]) =>
      [...text.matchAll(/\.openExternal\(\s*([^)]*)\)/g)].map((match) => [file, match[1] ?? '']),
    );
    for (const [file, argument] of calls) {
      if (file === path.join('main', 'security', 'external-links.ts')) continue;
      expect(argument, `${file} opens a non-literal URL`).toMatch(/^'https:\/\/[^']+'$/);
    }
  });

  it('never hands ipcRenderer itself to the page', () => {
    const code = preload
      .replace(/^import [^;]+;$/gm, '')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    const uses = [...code.matchAll(/\bipcRenderer\b(.{0,16})/g)].map((match) => match[1] ?? '');
    expect(uses.length).toBeGreaterThan(1);
    for (const rest of uses) expect(rest).toMatch(/^\.(invoke|on|removeListener)\(/);
    expect(preload).toMatch(/exposeInMainWorld\(panelGlobalName, Object\.freeze\(api\)\)/);
    expect(preload).not.toMatch(/ipcRenderer\.(send|sendSync|sendToHost|postMessage)\b/);
  });
});
