import { describe, expect, it } from 'vitest';
import { dropletKindList, type DropletKind } from './droplet-kinds';
import {
  bulkEquivalent,
  createEquivalent,
  deleteWithResourcesEquivalent,
  dropletActionEquivalent,
  imageActionEquivalent,
  shellQuote,
  type CommandEquivalent,
  type DropletWork,
} from './equivalents';
import { imageKindList } from './image-kinds';

const doctl = 'DIGITALOCEAN_ACCESS_TOKEN="$DIGITALOCEAN_TOKEN" doctl';
const auth = '-H "Authorization: Bearer $DIGITALOCEAN_TOKEN"';
const json = '-H "Content-Type: application/json"';

/** The expected curl for a droplet action on droplet 42, the body written out as it must appear. */
const actionCurl = (body: string): string =>
  `curl -X POST "https://api.digitalocean.com/v2/droplets/42/actions" \\\n  ${auth} \\\n  ${json} \\\n  -d '${body}'`;

/** Each droplet kind's request, and the doctl words after `doctl` and the JSON body it must give. */
const dropletCases: Record<DropletKind, { work: DropletWork; doctl: string; body: string | null }> = {
  power_on: { work: { type: 'power_on' }, doctl: 'compute droplet-action power-on 42', body: '{"type":"power_on"}' },
  power_off: { work: { type: 'power_off' }, doctl: 'compute droplet-action power-off 42', body: '{"type":"power_off"}' },
  shutdown: { work: { type: 'shutdown' }, doctl: 'compute droplet-action shutdown 42', body: '{"type":"shutdown"}' },
  reboot: { work: { type: 'reboot' }, doctl: 'compute droplet-action reboot 42', body: '{"type":"reboot"}' },
  power_cycle: { work: { type: 'power_cycle' }, doctl: 'compute droplet-action power-cycle 42', body: '{"type":"power_cycle"}' },
  rename: { work: { type: 'rename', name: 'web-02' }, doctl: 'compute droplet-action rename 42 --droplet-name web-02', body: '{"type":"rename","name":"web-02"}' },
  resize: {
    work: { type: 'resize', size: 's-2vcpu-4gb', disk: true },
    doctl: 'compute droplet-action resize 42 --size s-2vcpu-4gb --resize-disk',
    body: '{"type":"resize","size":"s-2vcpu-4gb","disk":true}',
  },
  snapshot: {
    work: { type: 'snapshot', name: 'web-01-2026-11-22' },
    doctl: 'compute droplet-action snapshot 42 --snapshot-name web-01-2026-11-22',
    body: '{"type":"snapshot","name":"web-01-2026-11-22"}',
  },
  enable_backups: {
    work: { type: 'enable_backups', backup_policy: { plan: 'weekly', weekday: 'TUE', hour: 8 } },
    doctl: 'compute droplet-action enable-backups 42 --backup-policy-plan weekly --backup-policy-weekday TUE --backup-policy-hour 8',
    body: '{"type":"enable_backups","backup_policy":{"plan":"weekly","weekday":"TUE","hour":8}}',
  },
  change_backup_policy: {
    work: { type: 'change_backup_policy', backup_policy: { plan: 'daily', hour: 20 } },
    doctl: 'compute droplet-action change-backup-policy 42 --backup-policy-plan daily --backup-policy-hour 20',
    body: '{"type":"change_backup_policy","backup_policy":{"plan":"daily","hour":20}}',
  },
  disable_backups: { work: { type: 'disable_backups' }, doctl: 'compute droplet-action disable-backups 42', body: '{"type":"disable_backups"}' },
  enable_ipv6: { work: { type: 'enable_ipv6' }, doctl: 'compute droplet-action enable-ipv6 42', body: '{"type":"enable_ipv6"}' },
  enable_private_networking: {
    work: { type: 'enable_private_networking' },
    doctl: 'compute droplet-action enable-private-networking 42',
    body: '{"type":"enable_private_networking"}',
  },
  change_kernel: { work: { type: 'change_kernel', kernel: 9301 }, doctl: 'compute droplet-action change-kernel 42 --kernel-id 9301', body: '{"type":"change_kernel","kernel":9301}' },
  password_reset: { work: { type: 'password_reset' }, doctl: 'compute droplet-action password-reset 42', body: '{"type":"password_reset"}' },
  rebuild: { work: { type: 'rebuild', image: 'ubuntu-24-04-x64' }, doctl: 'compute droplet-action rebuild 42 --image ubuntu-24-04-x64', body: '{"type":"rebuild","image":"ubuntu-24-04-x64"}' },
  restore: { work: { type: 'restore', image: 8001 }, doctl: 'compute droplet-action restore 42 --image-id 8001', body: '{"type":"restore","image":8001}' },
  delete: { work: { type: 'delete' }, doctl: 'compute droplet delete 42', body: null },
};

/** Every text a builder gives, for the token check. */
const texts = (equivalent: CommandEquivalent): string[] => [equivalent.doctl ?? '', equivalent.curl];

describe('droplet equivalents', () => {
  it('has a case for every droplet kind the catalogue declares', () => {
    expect(Object.keys(dropletCases).sort()).toEqual([...dropletKindList].sort());
  });

  it.each(dropletKindList)('%s: the doctl command and the API request', (kind) => {
    const { work, doctl: words, body } = dropletCases[kind];
    const curl = body === null ? `curl -X DELETE "https://api.digitalocean.com/v2/droplets/42" \\\n  ${auth}` : actionCurl(body);
    expect(dropletActionEquivalent(work, 42)).toEqual({ doctl: `${doctl} ${words}`, curl });
  });

  it('quotes a name with spaces and a single quote for the shell, in the flag and in the JSON body', () => {
    expect(dropletActionEquivalent({ type: 'snapshot', name: "Bob's nightly copy" }, 42)).toEqual({
      doctl: `${doctl} compute droplet-action snapshot 42 --snapshot-name 'Bob'\\''s nightly copy'`,
      curl: `curl -X POST "https://api.digitalocean.com/v2/droplets/42/actions" \\
  -H "Authorization: Bearer $DIGITALOCEAN_TOKEN" \\
  -H "Content-Type: application/json" \\
  -d '{"type":"snapshot","name":"Bob'\\''s nightly copy"}'`,
    });
  });

  it('leaves out a switch that is off and a policy part not chosen', () => {
    expect(dropletActionEquivalent({ type: 'resize', size: 's-2vcpu-4gb', disk: false }, 42).doctl).toBe(`${doctl} compute droplet-action resize 42 --size s-2vcpu-4gb`);
    expect(dropletActionEquivalent({ type: 'enable_backups' }, 42).doctl).toBe(`${doctl} compute droplet-action enable-backups 42`);
  });

  it('says doctl cannot take a snapshot without the name it requires, and still gives the API request', () => {
    expect(dropletActionEquivalent({ type: 'snapshot' }, 42)).toEqual({
      doctl: null,
      doctlMissing: 'doctl compute droplet-action snapshot needs --snapshot-name, which this request leaves out; the API request:',
      curl: actionCurl('{"type":"snapshot"}'),
    });
  });
});

describe('delete with associated resources', () => {
  it('is the API’s selective delete alone, with only the groups chosen', () => {
    expect(deleteWithResourcesEquivalent(42, { snapshots: ['7002'], volumes: [], volume_snapshots: [], reserved_ips: ['6186916'] })).toEqual({
      doctl: null,
      doctlMissing: 'doctl deletes a droplet without its snapshots, volumes or reserved IPs; the API request:',
      curl: `curl -X DELETE "https://api.digitalocean.com/v2/droplets/42/destroy_with_associated_resources/selective" \\\n  ${auth} \\\n  ${json} \\\n  -d '{"snapshots":["7002"],"reserved_ips":["6186916"]}'`,
    });
  });
});

describe('image equivalents', () => {
  const imageCurl = (method: string, path: string, body?: string): string =>
    `curl -X ${method} "https://api.digitalocean.com/v2/images/7${path}" \\\n  ${auth}${body === undefined ? '' : ` \\\n  ${json} \\\n  -d '${body}'`}`;

  it('covers every image kind: create_droplet through createEquivalent, the others here', () => {
    expect([...imageKindList].sort()).toEqual(['convert', 'create_droplet', 'delete', 'rename', 'transfer']);
  });

  it('transfer: the region flag and the action body', () => {
    expect(imageActionEquivalent({ type: 'transfer', region: 'fra1' }, 7)).toEqual({
      doctl: `${doctl} compute image-action transfer 7 --region fra1`,
      curl: imageCurl('POST', '/actions', '{"type":"transfer","region":"fra1"}'),
    });
  });

  it('convert: doctl has no command, so only the API request', () => {
    expect(imageActionEquivalent({ type: 'convert' }, 7)).toEqual({
      doctl: null,
      doctlMissing: 'doctl has no command for this; the API request:',
      curl: imageCurl('POST', '/actions', '{"type":"convert"}'),
    });
  });

  it('rename: --image-name, and the PUT body without a type', () => {
    expect(imageActionEquivalent({ type: 'rename', name: "db primary 'final'" }, 7)).toEqual({
      doctl: `${doctl} compute image update 7 --image-name 'db primary '\\''final'\\'''`,
      curl: imageCurl('PUT', '', `{"name":"db primary '\\''final'\\''"}`),
    });
  });

  it('rename with a description: doctl sets only the name, so only the API request', () => {
    expect(imageActionEquivalent({ type: 'rename', description: 'Office VPN', distribution: 'FreeBSD' }, 7)).toEqual({
      doctl: null,
      doctlMissing: 'doctl compute image update cannot set the description; the API request:',
      curl: imageCurl('PUT', '', '{"description":"Office VPN","distribution":"FreeBSD"}'),
    });
  });

  it('delete: no body', () => {
    expect(imageActionEquivalent({ type: 'delete' }, 7)).toEqual({ doctl: `${doctl} compute image delete 7`, curl: imageCurl('DELETE', '') });
  });
});

describe('bulk equivalents', () => {
  it('by tag: the API runs it in one request; doctl acts on one droplet at a time', () => {
    expect(bulkEquivalent({ tagName: 'env:prod', work: { type: 'power_off' } })).toEqual({
      doctl: null,
      doctlMissing: 'doctl compute droplet-action power-off takes one droplet, not a tag; the API request:',
      curl: `curl -X POST "https://api.digitalocean.com/v2/droplets/actions?tag_name=env%3Aprod" \\\n  ${auth} \\\n  ${json} \\\n  -d '{"type":"power_off"}'`,
    });
  });

  it('a delete by tag: doctl takes --tag-name', () => {
    expect(bulkEquivalent({ tagName: 'old', work: { type: 'delete' } })).toEqual({
      doctl: `${doctl} compute droplet delete --tag-name old`,
      curl: `curl -X DELETE "https://api.digitalocean.com/v2/droplets?tag_name=old" \\\n  ${auth}`,
    });
  });

  it('per droplet: a loop over the ids for both', () => {
    expect(bulkEquivalent({ ids: [101, 102, 103], work: { type: 'reboot' } })).toEqual({
      doctl: `for id in 101 102 103; do\n  ${doctl} compute droplet-action reboot "$id"\ndone`,
      curl: `for id in 101 102 103; do
  curl -X POST "https://api.digitalocean.com/v2/droplets/$id/actions" \\
    -H "Authorization: Bearer $DIGITALOCEAN_TOKEN" \\
    -H "Content-Type: application/json" \\
    -d '{"type":"reboot"}'
done`,
    });
  });

  it('a per-droplet delete: one doctl command takes every id; the API deletes one at a time', () => {
    expect(bulkEquivalent({ ids: [101, 102], work: { type: 'delete' } })).toEqual({
      doctl: `${doctl} compute droplet delete 101 102`,
      curl: `for id in 101 102; do\n  curl -X DELETE "https://api.digitalocean.com/v2/droplets/$id" \\\n    ${auth}\ndone`,
    });
  });

  it('snapshots named per droplet: one command and one request each', () => {
    const names: Record<number, string> = { 101: 'web-1 nightly', 102: 'web-2 nightly' };
    expect(bulkEquivalent({ ids: [101, 102], work: (id) => ({ type: 'snapshot', name: names[id] ?? '' }) })).toEqual({
      doctl: `${doctl} compute droplet-action snapshot 101 --snapshot-name 'web-1 nightly'\n${doctl} compute droplet-action snapshot 102 --snapshot-name 'web-2 nightly'`,
      curl: [101, 102]
        .map(
          (id) =>
            `curl -X POST "https://api.digitalocean.com/v2/droplets/${id}/actions" \\\n  ${auth} \\\n  ${json} \\\n  -d '{"type":"snapshot","name":"${names[id]}"}'`,
        )
        .join('\n\n'),
    });
  });
});

describe('create equivalent', () => {
  it('one name: the name as doctl’s argument and as `name` in the body, unset options left out', () => {
    expect(createEquivalent({ names: ['web-01'], region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64', backups: false })).toEqual({
      doctl: `${doctl} compute droplet create web-01 --region nyc3 --size s-1vcpu-1gb --image ubuntu-24-04-x64`,
      curl: `curl -X POST "https://api.digitalocean.com/v2/droplets" \\\n  ${auth} \\\n  ${json} \\\n  -d '{"name":"web-01","region":"nyc3","size":"s-1vcpu-1gb","image":"ubuntu-24-04-x64","backups":false}'`,
    });
  });

  it('every option: several names, keys and tags as lists, the switches, user data quoted across lines', () => {
    const equivalent = createEquivalent({
      names: ['web-01', 'web-02'],
      region: 'nyc3',
      size: 's-1vcpu-1gb',
      image: 12345,
      sshKeys: [512190, '3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa'],
      tags: ['env:prod', 'web'],
      backups: true,
      ipv6: true,
      monitoring: true,
      userData: "#!/bin/sh\necho 'ready' > /tmp/ready",
      vpcUuid: '760e09ef-dc84-11e8-981e-3cfdfeaae000',
    });
    expect(equivalent.doctl).toBe(
      `${doctl} compute droplet create web-01 web-02 --region nyc3 --size s-1vcpu-1gb --image 12345` +
        ' --ssh-keys 512190,3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa --tag-names env:prod,web --enable-backups --enable-ipv6 --enable-monitoring' +
        ` --user-data '#!/bin/sh\necho '\\''ready'\\'' > /tmp/ready' --vpc-uuid 760e09ef-dc84-11e8-981e-3cfdfeaae000`,
    );
    expect(equivalent.curl).toBe(
      `curl -X POST "https://api.digitalocean.com/v2/droplets" \\\n  ${auth} \\\n  ${json} \\\n  -d '{"names":["web-01","web-02"],"region":"nyc3","size":"s-1vcpu-1gb",` +
        '"image":12345,"ssh_keys":[512190,"3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa"],"tags":["env:prod","web"],"backups":true,"ipv6":true,' +
        `"monitoring":true,"user_data":"#!/bin/sh\\necho '\\''ready'\\'' > /tmp/ready","vpc_uuid":"760e09ef-dc84-11e8-981e-3cfdfeaae000"}'`,
    );
  });
});

describe('the token', () => {
  it('is never in a command: both read $DIGITALOCEAN_TOKEN', () => {
    const all = [
      ...dropletKindList.map((kind) => dropletActionEquivalent(dropletCases[kind].work, 42)),
      imageActionEquivalent({ type: 'transfer', region: 'fra1' }, 7),
      imageActionEquivalent({ type: 'convert' }, 7),
      bulkEquivalent({ tagName: 'web', work: { type: 'snapshot' } }),
      createEquivalent({ names: ['web-01'], region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' }),
    ];
    for (const equivalent of all) {
      for (const text of texts(equivalent)) {
        if (text === '') continue;
        expect(text).toContain('$DIGITALOCEAN_TOKEN');
        expect(text).not.toMatch(/do[opr]_v1_|Bearer (?!\$DIGITALOCEAN_TOKEN)/);
      }
    }
  });
});

describe('shellQuote', () => {
  it('leaves plain words alone and single-quotes the rest', () => {
    expect(shellQuote('s-1vcpu-1gb')).toBe('s-1vcpu-1gb');
    expect(shellQuote('')).toBe("''");
    expect(shellQuote('$(reboot) `x` "q"')).toBe(`'$(reboot) \`x\` "q"'`);
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });
});
