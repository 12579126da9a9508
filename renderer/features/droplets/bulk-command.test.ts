import { describe, expect, it } from 'vitest';
import { sampleDropletRow } from '../../testing/droplet-samples';
import { bulkCommand } from './bulk-command';

const doctl = 'DIGITALOCEAN_ACCESS_TOKEN="$DIGITALOCEAN_TOKEN" doctl';
const rows = [
  { ...sampleDropletRow, id: 101, name: 'web-1' },
  { ...sampleDropletRow, id: 102, name: 'web-2' },
];

describe('bulkCommand', () => {
  it('has nothing to show while the route is being chosen or nothing would be sent', () => {
    expect(bulkCommand('power_off', null, rows, '')).toBeNull();
    expect(bulkCommand('power_off', { kind: 'each' }, [], '')).toBeNull();
  });

  it('through a tag: the API’s tag request, with no snapshot name', () => {
    const command = bulkCommand('snapshot', { kind: 'tag', tagName: 'web' }, rows, '{droplet}-nightly');
    expect(command?.doctl).toBeNull();
    expect(command?.curl).toContain('"https://api.digitalocean.com/v2/droplets/actions?tag_name=web"');
    expect(command?.curl).toContain(`-d '{"type":"snapshot"}'`);
  });

  it('per droplet: snapshots named from the pattern, one command each', () => {
    expect(bulkCommand('snapshot', { kind: 'each' }, rows, '{droplet} nightly')?.doctl).toBe(
      `${doctl} compute droplet-action snapshot 101 --snapshot-name 'web-1 nightly'\n${doctl} compute droplet-action snapshot 102 --snapshot-name 'web-2 nightly'`,
    );
  });

  it('per droplet: the same action as a loop, and every delete in one doctl command', () => {
    expect(bulkCommand('reboot', { kind: 'each' }, rows, '')?.doctl).toBe(`for id in 101 102; do\n  ${doctl} compute droplet-action reboot "$id"\ndone`);
    expect(bulkCommand('delete', { kind: 'each' }, rows, '')?.doctl).toBe(`${doctl} compute droplet delete 101 102`);
  });
});
