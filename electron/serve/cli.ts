import { name as packageName, productName, version } from '../../package.json';
import { startDemoApi } from '../core/demo-api';
import { createLogger } from '../core/log';
import { createCore } from '../core/services';
import { createFileSettingsStore } from '../core/settings-store';
import { createKeychainStore } from '../core/vault/keychain-store';
import { builtUiRoot, hasBuiltUi } from './built-ui';
import { parseServeArgs, usage, type ServeOptions } from './cli-args';
import { openBrowser } from './open-browser';
import { startPanelServer } from './server';

/**
 * `npm run serve`: the main side in plain Node, behind a browser tab. Stdout carries one line, the
 * address to open, so scripts (e2e, the user's own) can read it; everything else is logged to stderr.
 */

const log = createLogger('serve');

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const listenFailure = (error: unknown, port: number): string =>
  (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
    ? `Port ${port} is already in use. Choose another with --port, or --port 0 for any free port.`
    : `Could not listen on 127.0.0.1:${port}: ${describe(error)}`;

const serve = async ({ port, open, demo }: ServeOptions): Promise<number | null> => {
  const root = builtUiRoot(import.meta.dirname);
  if (!(await hasBuiltUi(root))) {
    log.error(`The built UI is missing (no index.html in ${root}). Run \`npm run build\` first.`);
    return 1;
  }

  const core = createCore({
    runtime: 'browser',
    name: productName,
    version,
    env: process.env,
    versions: { node: process.versions.node },
    platform: process.platform,
    log,
    // The same keychain entries as the desktop app; the settings file is browser mode's own.
    secrets: createKeychainStore(),
    settings: createFileSettingsStore({ projectName: packageName }),
    lastKnownLists: createFileSettingsStore({ projectName: packageName, configName: 'last-known-lists' }),
    fetch,
    startDemo: () => startDemoApi(log.child('demo')),
    // `--demo` makes the demo account (the simulator, in this process) active until the user switches.
    demoSession: demo,
  });

  const server = await startPanelServer({ root, core, port, host: '127.0.0.1', log: log.child('http') }).catch(
    (error: unknown) => {
      log.error(listenFailure(error, port));
      return null;
    },
  );
  if (!server) {
    await core.close();
    return 1;
  }

  // `once`: a second Ctrl-C while closing falls through to Node's default and ends the process at once.
  const stop = (): void => {
    log.info('stopping');
    Promise.all([server.close(), core.close()]).then(
      () => process.exit(0),
      (error: unknown) => {
        log.error('could not close cleanly', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  process.stdout.write(`Panel ready at ${server.url}\n`);
  if (open) await openBrowser(server.url, log);
  return null;
};

/** Returns the exit code to end with, or null while the server runs. */
const main = async (args: readonly string[]): Promise<number | null> => {
  const parsed = parseServeArgs(args);
  if (parsed.kind === 'help') {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (parsed.kind === 'error') {
    log.error(`${parsed.message} Run with --help to see the options.`);
    return 2;
  }
  return serve(parsed.options);
};

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== null) process.exitCode = code;
  },
  (error: unknown) => {
    log.error(describe(error));
    process.exitCode = 1;
  },
);
