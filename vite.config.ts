import { builtinModules } from 'node:module';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';
import electron, { type ElectronOptions } from 'vite-plugin-electron';
import pkg from './package.json' with { type: 'json' };
import { electronBinaryStatus } from './scripts/electron-binary.mjs';

const root = import.meta.dirname;
const outDir = path.join(root, 'dist-electron');

/** Node built-ins, Electron and every runtime dependency stay out of the main-side bundles. */
const nodeExternals = [
  'electron',
  ...builtinModules,
  ...builtinModules.map((name) => `node:${name}`),
  ...Object.keys(pkg.dependencies),
  'keytar',
];

/**
 * Two warnings say nothing about our code: vite-plugin-electron passes a Vite 8 option to Vite 7's
 * Rollup, and zod places /* @__PURE__ *\/ comments where Rollup cannot use them.
 */
const quietRollup: NonNullable<NonNullable<UserConfig['build']>['rollupOptions']>['onLog'] = (level, log, handler) => {
  if (log.code === 'UNKNOWN_OPTION') return;
  if (log.code === 'INVALID_ANNOTATION' && log.id?.includes('/node_modules/')) return;
  handler(level, log);
};

/** A main-side bundle: ESM for Node and the Electron main process. */
const nodeBundle = (entry: string, name: string): UserConfig => ({
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: false,
    target: 'node20',
    sourcemap: true,
    minify: false,
    lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
    rollupOptions: { external: nodeExternals, onLog: quietRollup },
  },
});

/** Set once `npm run dev` has started Electron; until then a preload rebuild has nothing to reload. */
let electronRunning = false;
let explained = false;

type Startup = Parameters<NonNullable<ElectronOptions['onstart']>>[0]['startup'];

/**
 * Starts (or restarts) the desktop app in development. The plugin would start Electron in Vite's
 * root (renderer/); the app's package.json is in the project root. Without a binary, says why once.
 */
const startElectron = async (startup: Startup): Promise<void> => {
  const binary = electronBinaryStatus();
  if (!binary.ok) {
    if (!explained) {
      console.warn(`\n${binary.explanation} Meanwhile \`npm run serve\` runs the panel in your browser;\nthe address below serves the UI alone, without a main side.\n`);
    }
    explained = true;
    return;
  }
  await startup(['.'], { cwd: root });
  electronRunning = true;
};

/** Main and preload; the plugin calls the last one's onstart once both are first built. */
const desktopTargets: ElectronOptions[] = [
  {
    vite: nodeBundle(path.join(root, 'electron/main/index.ts'), 'main'),
    onstart: ({ startup }) => startElectron(startup),
  },
  {
    // The sandboxed preload must be one self-contained CommonJS file: it can require nothing but 'electron'.
    vite: {
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: false,
        target: 'chrome140',
        sourcemap: 'inline',
        minify: false,
        lib: { entry: path.join(root, 'electron/preload/index.ts'), formats: ['cjs'], fileName: () => 'preload.cjs' },
        rollupOptions: { external: ['electron'], output: { inlineDynamicImports: true }, onLog: quietRollup },
      },
    },
    onstart: ({ startup, reload }) => (electronRunning ? reload() : startElectron(startup)),
  },
];

/** Browser mode is built for `vite build` only; `npm run dev` is the desktop app. */
const browserModeTarget: ElectronOptions = { vite: nodeBundle(path.join(root, 'electron/serve/cli.ts'), 'serve') };

/**
 * React itself (react-dom is two thirds of what the shell needs) in a chunk of its own: index.html
 * preloads it beside the entry, so it loads in parallel rather than after it, and a build that only
 * changes the app leaves its file, and the cache of it, as it was. The areas and the shell's dialogs
 * are split off by their dynamic imports (renderer/app/screens.ts).
 */
const frameworkChunk = (id: string): string | undefined =>
  /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id) ? 'react' : undefined;

/** In development Vite serves the UI itself; this policy allows its module loader and HMR socket. */
const devCsp = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self' ws://localhost:5173",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

export default defineConfig(({ command }) => ({
  root: path.join(root, 'renderer'),
  base: './',
  publicDir: path.join(root, 'renderer/public'),
  plugins: [react(), electron(command === 'build' ? [...desktopTargets, browserModeTarget] : desktopTargets)],
  server: { host: 'localhost', port: 5173, strictPort: true, headers: { 'Content-Security-Policy': devCsp } },
  build: {
    outDir: path.join(root, 'dist'),
    emptyOutDir: true,
    target: 'chrome140',
    sourcemap: true,
    rollupOptions: { onLog: quietRollup, output: { manualChunks: frameworkChunk } },
  },
}));
