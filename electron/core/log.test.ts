import { describe, expect, it } from 'vitest';
import { createLogger, type LogLevel } from './log';

const capture = (level: LogLevel = 'debug') => {
  const lines: Array<[LogLevel, string]> = [];
  const log = createLogger('tracker', { level, sink: (lineLevel, line) => lines.push([lineLevel, line]) });
  return { log, lines };
};

describe('logger', () => {
  it('prefixes lines with the component and its children', () => {
    const { log, lines } = capture();
    log.info('started');
    log.child('poll').warn('slow');
    expect(lines).toEqual([
      ['info', '[tracker] started'],
      ['warn', '[tracker:poll] slow'],
    ]);
  });

  it('redacts tokens in messages and in structured details', () => {
    const { log, lines } = capture();
    const token = `dop_v1_${'0123456789abcdef'.repeat(4)}`;
    log.error(`failed with ${token}`, { headers: { Authorization: `Bearer ${token}` } }, new Error(token));
    expect(lines).toHaveLength(1);
    expect(lines[0]?.[1]).not.toContain('0123456789abcdef');
  });

  it('drops lines below its level', () => {
    const { log, lines } = capture('warn');
    log.debug('noise');
    log.info('noise');
    log.error('kept');
    expect(lines.map(([, line]) => line)).toEqual(['[tracker] kept']);
  });
});
