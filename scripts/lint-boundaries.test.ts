import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

/** The import-boundary messages ESLint gives a snippet placed at `file`. */
const boundaryErrors = async (file: string, code: string): Promise<string[]> => {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
};

describe('import boundaries (DESIGN.md), enforced by lint', () => {
  it.each([
    ['shared/x.ts', "import { readFile } from 'node:fs';\nexport const r = readFile;"],
    ['shared/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['shared/x.ts', "import { bridge } from '../renderer/bridge';\nexport const b = bridge;"],
    ['renderer/features/x.ts', "import path from 'path';\nexport const p = path;"],
    ['renderer/features/x.ts', "import { createCore } from '../../electron/core/services';\nexport const c = createCore;"],
    ['renderer/features/x.ts', "import { operations } from '../../shared/contract';\nexport const o = operations;"],
    ['electron/core/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['electron/serve/x.ts', "import { BrowserWindow } from 'electron';\nexport const w = BrowserWindow;"],
    ['electron/preload/x.ts', "import { ipcMain } from 'electron';\nexport const i = ipcMain;"],
    ['electron/preload/x.ts', "import { createCore } from '../core/services';\nexport const c = createCore;"],
    ['electron/main/x.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;"],
    ['electron/main/x.ts', "import { startPanelServer } from '../serve/server';\nexport const s = startPanelServer;"],
    ['electron/core/x.ts', "import { registerIpc } from '../main/ipc';\nexport const r = registerIpc;"],
    ['electron/core/handlers/x.ts', "import { registerIpc } from '../../main/ipc';\nexport const r = registerIpc;"],
    ['simulator/x.ts', "import { ipcMain } from 'electron';\nexport const i = ipcMain;"],
  ])('refuses a wrong import in %s', async (file, code) => {
    expect(await boundaryErrors(file, code)).toHaveLength(1);
  });

  it.each([
    ['renderer/features/x.ts', "import type { PanelApi } from '../../shared/contract';\nexport type P = PanelApi;"],
    ['renderer/features/x.ts', "import { isEventName } from '../../shared/events';\nexport const e = isEventName;"],
    ['electron/main/x.ts', "import { ipcMain } from 'electron';\nexport const i = ipcMain;"],
    ['electron/preload/x.ts', "import { contextBridge, ipcRenderer } from 'electron';\nexport const c = [contextBridge, ipcRenderer];"],
    ['electron/core/x.ts', "import { readFile } from 'node:fs/promises';\nexport const r = readFile;"],
  ])('allows what belongs in %s', async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });
});
