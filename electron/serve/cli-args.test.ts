import { describe, expect, it } from 'vitest';
import { parseServeArgs } from './cli-args';

describe('parseServeArgs', () => {
  it('defaults to any free port, opening a browser, without demo data', () => {
    expect(parseServeArgs([])).toEqual({ kind: 'run', options: { port: 0, open: true, demo: false } });
  });

  it('reads every flag, in either --port form', () => {
    expect(parseServeArgs(['--port', '8080', '--no-open', '--demo'])).toEqual({
      kind: 'run',
      options: { port: 8080, open: false, demo: true },
    });
    expect(parseServeArgs(['--port=65535'])).toEqual({ kind: 'run', options: { port: 65535, open: true, demo: false } });
    expect(parseServeArgs(['--port', '0'])).toMatchObject({ options: { port: 0 } });
  });

  it('answers --help and -h with help', () => {
    expect(parseServeArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseServeArgs(['--port', '8080', '-h'])).toEqual({ kind: 'help' });
  });

  it.each(['-1', '65536', '80.5', '0x50', '1e3', ' 80', '', 'abc', '--no-open', '123456'])('refuses --port %j', (value) => {
    const parsed = parseServeArgs(['--port', value]);
    expect(parsed).toEqual({ kind: 'error', message: `--port must be a whole number from 0 to 65535, not '${value}'.` });
  });

  it('refuses --port without a value', () => {
    expect(parseServeArgs(['--port'])).toEqual({ kind: 'error', message: '--port needs a number, as in --port 8080.' });
  });

  it('refuses unknown options, positional arguments and values on switches', () => {
    expect(parseServeArgs(['--verbose'])).toEqual({ kind: 'error', message: "Unknown option '--verbose'." });
    expect(parseServeArgs(['serve'])).toEqual({ kind: 'error', message: "Unknown option 'serve'." });
    expect(parseServeArgs(['--open=no'])).toEqual({ kind: 'error', message: "Unknown option '--open=no'." });
    expect(parseServeArgs(['--demo=yes'])).toEqual({ kind: 'error', message: '--demo takes no value.' });
  });
});
