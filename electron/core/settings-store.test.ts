import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileSettingsStore, createMemorySettingsStore } from './settings-store';

let dir: string | undefined;

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('settings stores', () => {
  it('keeps values in memory', () => {
    const store = createMemorySettingsStore({ a: 1 });
    store.set('b', { nested: true });
    store.delete('a');
    expect(store.get('a')).toBeUndefined();
    expect(store.get('b')).toEqual({ nested: true });
  });

  it('persists values to a JSON file that a second store reads back', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'settings-'));
    const first = createFileSettingsStore({ projectName: 'do-panel-test', cwd: dir });
    first.set('activeAccount', 'work');
    first.set('durations', { power_off: [12, 14] });
    const second = createFileSettingsStore({ projectName: 'do-panel-test', cwd: dir });
    expect(second.get('activeAccount')).toBe('work');
    expect(second.get('durations')).toEqual({ power_off: [12, 14] });
    second.delete('activeAccount');
    const file = JSON.parse(await readFile(path.join(dir, 'config.json'), 'utf8')) as Record<string, unknown>;
    expect(file).toEqual({ durations: { power_off: [12, 14] } });
  });

  it('keeps a second store in a file of its own when named', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'settings-'));
    const settings = createFileSettingsStore({ projectName: 'do-panel-test', cwd: dir });
    const lists = createFileSettingsStore({ projectName: 'do-panel-test', cwd: dir, configName: 'last-known-lists' });
    settings.set('activeAccount', 'work');
    lists.set('work:droplets', { rows: [] });
    expect(settings.get('work:droplets')).toBeUndefined();
    const file = JSON.parse(await readFile(path.join(dir, 'last-known-lists.json'), 'utf8')) as Record<string, unknown>;
    expect(file).toEqual({ 'work:droplets': { rows: [] } });
  });
});
