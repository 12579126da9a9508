/** What `npm run serve -- …` asked for. */
export interface ServeOptions {
  /** 0 lets the system pick a free port. */
  port: number;
  open: boolean;
  demo: boolean;
}

/** The command line, read: run with options, show help, or stop with a usage error. */
export type ParsedArgs =
  | { kind: 'run'; options: ServeOptions }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

/** Printed for `--help`. */
export const usage = `Usage: npm run serve -- [options]

Runs the panel in your browser: serves the built UI on 127.0.0.1 and prints the address to open.

Options:
  --port N    Listen on port N (0-65535; default 0 picks a free port)
  --no-open   Print the address but do not open a browser
  --demo      Start on the demo account: the built-in DigitalOcean simulator (no token)
  --help      Show this help`;

const parsePort = (value: string | undefined): number | string => {
  if (value === undefined) return '--port needs a number, as in --port 8080.';
  // Digits only: Number() would also take '0x50', '1e3' or ' 80'.
  const port = /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN;
  return port >= 0 && port <= 65535 ? port : `--port must be a whole number from 0 to 65535, not '${value}'.`;
};

/** `--port=8080` and `--port 8080` mean the same; this splits the first form. */
const splitInline = (arg: string): { flag: string; inline?: string } => {
  const equals = arg.indexOf('=');
  return arg.startsWith('--') && equals !== -1 ? { flag: arg.slice(0, equals), inline: arg.slice(equals + 1) } : { flag: arg };
};

/**
 * Reads the command line. Small enough to parse by hand, which keeps the error messages plain
 * (node:util parseArgs explains unknown options in terms of positional arguments).
 */
export const parseServeArgs = (args: readonly string[]): ParsedArgs => {
  const options: ServeOptions = { port: 0, open: true, demo: false };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    const { flag, inline } = splitInline(arg);
    if (flag === '--help' || flag === '-h') return { kind: 'help' };
    if (flag === '--port') {
      if (inline === undefined) index += 1;
      const port = parsePort(inline ?? args[index]);
      if (typeof port === 'string') return { kind: 'error', message: port };
      options.port = port;
    } else if (inline !== undefined && (flag === '--no-open' || flag === '--demo')) {
      return { kind: 'error', message: `${flag} takes no value.` };
    } else if (flag === '--no-open') {
      options.open = false;
    } else if (flag === '--demo') {
      options.demo = true;
    } else {
      return { kind: 'error', message: `Unknown option '${arg}'.` };
    }
  }
  return { kind: 'run', options };
};
