import { inspect } from 'node:util';
import { redact } from './redact';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Where finished log lines go; the only sink in production is the console (stderr). */
export type LogSink = (level: LogLevel, line: string) => void;

export interface Logger {
  debug(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
  /** A logger for a sub-component that writes to the same sink. */
  child(component: string): Logger;
}

const levelRank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

const consoleSink: LogSink = (level, line) => {
  process.stderr.write(`${level === 'info' ? '' : `${level.toUpperCase()} `}${line}\n`);
};

const format = (details: unknown[]): string =>
  details.map((detail) => (typeof detail === 'string' ? detail : inspect(detail, { depth: 4, breakLength: Infinity }))).join(' ');

/**
 * Creates a logger whose every line is prefixed with its component (`[ipc] …`) and passed through
 * the redactor, so no sink ever receives a token, whatever a caller hands it.
 */
export const createLogger = (
  component: string,
  { sink = consoleSink, level = 'info' }: { sink?: LogSink; level?: LogLevel } = {},
): Logger => {
  const write = (lineLevel: LogLevel, message: string, details: unknown[]): void => {
    if (levelRank[lineLevel] < levelRank[level]) return;
    const rest = details.length > 0 ? ` ${format(details)}` : '';
    sink(lineLevel, redact(`[${component}] ${message}${rest}`));
  };
  return {
    debug: (message, ...details) => write('debug', message, details),
    info: (message, ...details) => write('info', message, details),
    warn: (message, ...details) => write('warn', message, details),
    error: (message, ...details) => write('error', message, details),
    child: (sub) => createLogger(`${component}:${sub}`, { sink, level }),
  };
};
