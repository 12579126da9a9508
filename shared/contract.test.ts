import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  eventChannel,
  eventNames,
  isEventName,
  isOperationName,
  operationChannel,
  operationNames,
  operations,
  type PanelApi,
  type RequestOf,
  type ResponseOf,
} from './contract';
import type { AccountStatus, AppInfo } from './app-types';
import type { Result } from './result';

describe('contract', () => {
  it('lists every operation and event once, by capability name', () => {
    expect(operationNames).toEqual(['app.info', 'account.status']);
    expect(eventNames).toEqual(['app.navigate', 'account.changed']);
    for (const name of [...operationNames, ...eventNames]) expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });

  it('recognises only its own names, not inherited properties', () => {
    expect(isOperationName('app.info')).toBe(true);
    expect(isOperationName('toString')).toBe(false);
    expect(isOperationName('__proto__')).toBe(false);
    expect(isOperationName(42)).toBe(false);
    expect(isEventName('app.navigate')).toBe(true);
    expect(isEventName('constructor')).toBe(false);
  });

  it('gives each operation its own IPC channel, distinct from the event channel', () => {
    const channels = operationNames.map(operationChannel);
    expect(new Set(channels).size).toBe(channels.length);
    expect(channels).not.toContain(eventChannel);
  });

  it('rejects unexpected fields in requests that take none', () => {
    expect(operations['app.info'].request.safeParse({}).success).toBe(true);
    expect(operations['app.info'].request.safeParse({ extra: true }).success).toBe(false);
    expect(operations['account.status'].request.safeParse('text').success).toBe(false);
  });

  it('types requests and responses per operation', () => {
    expectTypeOf<ResponseOf<'app.info'>>().toEqualTypeOf<AppInfo>();
    expectTypeOf<ResponseOf<'account.status'>>().toEqualTypeOf<AccountStatus>();
    expectTypeOf<RequestOf<'app.info'>>().toEqualTypeOf<Record<string, never>>();
    expectTypeOf<PanelApi['app.info']>().returns.toEqualTypeOf<Promise<Result<AppInfo>>>();
  });
});
