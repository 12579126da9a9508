import { describe, expect, it } from 'vitest';
import type { Tag } from '../../../shared/do-types';
import type { DropletRow } from '../../../shared/droplet-types';
import { sampleDropletRow, sampleTrackedSnapshot } from '../../testing/droplet-samples';
import { snapshotNameFor } from '../../../shared/rules/snapshot-name-pattern';
import { chooseRoute, deleteConfirmed, snapshotPatternProblem, splitTargets } from './bulk-action-rules';

const row = (id: number, tags: string[], extra: Partial<DropletRow> = {}): DropletRow => ({ ...sampleDropletRow, id, name: `d-${id}`, tags, ...extra });
const tag = (name: string, count: number): Tag => ({ name, resources: { count, droplets: { count } } });

describe('bulk action rules', () => {
  it('goes through a tag only when it carries exactly the targets, and only for types DigitalOcean runs by tag', () => {
    const targets = [row(1, ['a', 'web']), row(2, ['web', 'b'])];
    expect(chooseRoute('power_cycle', targets, [tag('web', 2)])).toEqual({ kind: 'tag', tagName: 'web' });
    expect(chooseRoute('power_cycle', targets, [tag('web', 3)])).toEqual({ kind: 'each' });
    expect(chooseRoute('power_cycle', targets, [tag('a', 2)])).toEqual({ kind: 'each' });
    expect(chooseRoute('power_cycle', targets, undefined)).toEqual({ kind: 'each' });
    expect(chooseRoute('reboot', targets, [tag('web', 2)])).toEqual({ kind: 'each' });
    expect(chooseRoute('delete', targets, [tag('web', 2)])).toEqual({ kind: 'each' });
    expect(chooseRoute('power_cycle', [], [tag('web', 0)])).toEqual({ kind: 'each' });
  });

  it('skips the droplets the action cannot work on now, saying why', () => {
    const busy = row(3, []);
    const { targets, skipped } = splitTargets('power_off', [row(1, []), row(2, [], { status: 'off' }), busy, row(4, [], { locked: true })], new Map([[busy.id, sampleTrackedSnapshot]]));
    expect(targets.map((one) => one.id)).toEqual([1]);
    expect(skipped.map(({ row: one, reason }) => [one.id, reason])).toEqual([
      [2, 'The droplet is already off.'],
      [3, 'An action is running on the droplet; wait until it finishes.'],
      [4, 'The droplet is locked while DigitalOcean works on it.'],
    ]);
  });

  it('names snapshots from a pattern and refuses an empty or too long one', () => {
    expect(snapshotNameFor(' {droplet}-2026-11-22 ', 'web')).toBe('web-2026-11-22');
    expect(snapshotPatternProblem('  ', [row(1, [])])).toBe('Enter a name pattern.');
    expect(snapshotPatternProblem(`${'x'.repeat(253)}{droplet}`, [row(1, [])])).toMatch(/longer than 255/);
    expect(snapshotPatternProblem('nightly', [row(1, [])])).toBeNull();
  });

  it('confirms a delete with the count or the words', () => {
    expect(deleteConfirmed('3', 3)).toBe(true);
    expect(deleteConfirmed(' Delete  3 droplets ', 3)).toBe(true);
    expect(deleteConfirmed('delete 1 droplet', 1)).toBe(true);
    expect(deleteConfirmed('delete 3', 3)).toBe(false);
    expect(deleteConfirmed('4', 3)).toBe(false);
  });
});
