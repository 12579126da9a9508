import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  eventChannel,
  eventNames,
  isEventName,
  isOperationName,
  operationChannel,
  operationNames,
  operations,
  type OperationName,
  type PanelApi,
  type RequestOf,
  type ResponseOf,
} from './contract';
import type { AccountList, CurrentAccount, DescribedAccount } from './account-types';
import type { AppInfo } from './app-types';
import { operationNames as listedNames } from './operation-names';
import type { Result } from './result';

describe('contract', () => {
  it('lists every operation and event once, by capability name', () => {
    expect(new Set(operationNames).size).toBe(operationNames.length);
    expect(operationNames).toEqual(expect.arrayContaining(['app.info', 'accounts.add', 'actions.tracked']));
    expect(eventNames).toEqual(['app.navigate', 'app.openPalette', 'account.changed', 'actions.progress', 'actions.settled', 'actions.batchSettled', 'api.rateLimited', 'api.reachability', 'lists.page', 'workflows.changed']);
    for (const name of [...operationNames, ...eventNames]) expect(name).toMatch(/^[a-z][a-zA-Z]*\.[a-zA-Z]+$/);
  });

  it('lists every operation in the zod-free names the bridges are built from, and nothing else', () => {
    // The compiler proves this too (OperationNamesMatch); vitest does not typecheck, so check the values.
    expect([...listedNames].sort()).toEqual(Object.keys(operations).sort());
    expect(operationNames).toBe(listedNames);
    expectTypeOf<(typeof listedNames)[number]>().toEqualTypeOf<OperationName>();
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
    expect(operations['accounts.current'].request.safeParse('text').success).toBe(false);
  });

  it('takes a new account as a name, a trimmed token and where to keep it', () => {
    const add = operations['accounts.add'].request;
    const token = `dop_v1_${'a'.repeat(64)}`;
    expect(add.parse({ name: '  Work ', token: `\n${token}  `, storage: 'keychain' })).toEqual({ name: 'Work', token, storage: 'keychain' });
    expect(add.safeParse({ name: 'w'.repeat(64), token, storage: 'session' }).success).toBe(true);
    for (const bad of [
      { name: '', token, storage: 'keychain' },
      { name: '   ', token, storage: 'keychain' },
      { name: 'w'.repeat(65), token, storage: 'keychain' },
      { name: 'Work', token: '   ', storage: 'keychain' },
      { name: 'Work', token: 'two words', storage: 'keychain' },
      { name: 'Work', token, storage: 'plaintext-file' },
      { name: 'Work', token },
      { name: 'Work', token, storage: 'keychain', extra: true },
    ]) {
      expect(add.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('names an account by a non-empty id to remove or switch to', () => {
    for (const name of ['accounts.remove', 'accounts.switch'] as const) {
      expect(operations[name].request.safeParse({ id: 'demo' }).success).toBe(true);
      expect(operations[name].request.safeParse({ id: '' }).success).toBe(false);
      expect(operations[name].request.safeParse({}).success).toBe(false);
    }
  });

  it('types requests and responses per operation', () => {
    expectTypeOf<ResponseOf<'app.info'>>().toEqualTypeOf<AppInfo>();
    expectTypeOf<ResponseOf<'accounts.current'>>().toEqualTypeOf<CurrentAccount>();
    expectTypeOf<ResponseOf<'accounts.list'>>().toEqualTypeOf<AccountList>();
    expectTypeOf<ResponseOf<'accounts.add'>>().toEqualTypeOf<DescribedAccount>();
    expectTypeOf<RequestOf<'accounts.switch'>>().toEqualTypeOf<{ id: string }>();
    expectTypeOf<RequestOf<'app.info'>>().toEqualTypeOf<Record<string, never>>();
    expectTypeOf<PanelApi['app.info']>().returns.toEqualTypeOf<Promise<Result<AppInfo>>>();
  });
});
