import { kernelsFor } from '../catalogue/images';
import { runDropletAction } from '../actions/droplet-actions';
import { createDroplet } from '../domain/droplets';
import { UNSUPPORTED_FORMAT_MESSAGE } from '../domain/images';
import { addSshKey } from '../domain/ssh-keys';
import type { AccountRecord, BackupPolicy, DropletRecord, DropletStatus } from '../state';
import type { World } from '../world';
import { SeedBuilder } from './builder';
import { addLongActionHistory } from './history';

export const demoAccount = (): AccountRecord => ({
  uuid: '3f6a9c2e-81d4-4b7a-9e05-6c1d2b8f4a73',
  email: 'infra@juniper-analytics.example',
  name: 'Juniper Analytics Infra',
  teamUuid: 'b7e41d09-5c2a-4f8e-a3d6-0e9f71c45b28',
  teamName: 'Juniper Analytics',
  dropletLimit: 25,
  floatingIpLimit: 3,
});

interface DemoDroplet {
  name: string;
  size: string;
  region: string;
  image: string;
  status: Exclude<DropletStatus, 'new'>;
  ageDays: number;
  tags: string[];
  ipv6?: boolean;
  monitoring?: boolean;
  backups?: BackupPolicy;
  snapshots?: [name: string, ageDays: number][];
}

const weekly: BackupPolicy = { plan: 'weekly', weekday: 'SUN', hour: 4 };
const nightly: BackupPolicy = { plan: 'daily', weekday: 'SUN', hour: 0 };

/** A small analytics company's account: production in New York and Frankfurt, staging in San Francisco, odds and ends elsewhere. */
const fleet: DemoDroplet[] = [
  { name: 'legacy-reporting', size: 's-3vcpu-1gb', region: 'lon1', image: 'rockylinux-8-x64', status: 'off', ageDays: 1390, tags: ['legacy'] },
  { name: 'web-prod-01', size: 's-2vcpu-4gb', region: 'nyc3', image: 'ubuntu-24-04-x64', status: 'active', ageDays: 212, tags: ['env:prod', 'web'], ipv6: true, monitoring: true, backups: weekly },
  { name: 'web-prod-02', size: 's-2vcpu-4gb', region: 'nyc3', image: 'ubuntu-24-04-x64', status: 'active', ageDays: 212, tags: ['env:prod', 'web'], ipv6: true, monitoring: true, backups: weekly },
  { name: 'db-primary', size: 'm-2vcpu-16gb', region: 'nyc3', image: 'debian-12-x64', status: 'active', ageDays: 340, tags: ['env:prod', 'db'], monitoring: true, backups: nightly, snapshots: [['db-primary-before-pg16', 95], ['db-primary-2025-q1', 61]] },
  { name: 'db-replica', size: 'm-2vcpu-16gb', region: 'nyc1', image: 'debian-12-x64', status: 'active', ageDays: 338, tags: ['env:prod', 'db'], monitoring: true, backups: nightly },
  { name: 'api-prod-01', size: 'c-4', region: 'fra1', image: 'ubuntu-22-04-x64', status: 'active', ageDays: 155, tags: ['env:prod', 'api'], ipv6: true, monitoring: true, snapshots: [['api-prod-01-pre-upgrade', 40]] },
  { name: 'worker-queue-01', size: 's-4vcpu-8gb', region: 'ams3', image: 'docker-20-04', status: 'active', ageDays: 120, tags: ['env:prod', 'worker'], monitoring: true },
  { name: 'grafana', size: 's-1vcpu-2gb', region: 'lon1', image: 'ubuntu-22-04-x64', status: 'active', ageDays: 260, tags: ['tools', 'monitoring'] },
  { name: 'vpn-gateway', size: 's-1vcpu-1gb', region: 'sgp1', image: 'debian-12-x64', status: 'active', ageDays: 300, tags: ['network'], ipv6: true },
  { name: 'edge-cache-syd', size: 's-1vcpu-1gb', region: 'syd1', image: 'ubuntu-24-04-x64', status: 'active', ageDays: 45, tags: ['env:prod', 'cdn'], ipv6: true },
  { name: 'staging-web', size: 's-1vcpu-2gb', region: 'sfo3', image: 'ubuntu-24-04-x64', status: 'active', ageDays: 70, tags: ['env:staging', 'web'] },
  { name: 'staging-api', size: 's-2vcpu-2gb', region: 'sfo3', image: 'ubuntu-24-04-x64', status: 'active', ageDays: 70, tags: ['env:staging', 'api'] },
  { name: 'ci-runner-01', size: 'c-2', region: 'tor1', image: 'docker-20-04', status: 'off', ageDays: 33, tags: ['ci'] },
  { name: 'ml-inference-01', size: 'gpu-4000adax1-20gb', region: 'tor1', image: 'ubuntu-22-04-x64', status: 'active', ageDays: 12, tags: ['env:prod', 'ml'] },
  { name: 'dev-sandbox-priya', size: 's-1vcpu-1gb', region: 'blr1', image: 'ubuntu-24-04-x64', status: 'active', ageDays: 4, tags: ['env:dev'] },
];

/** The team's public keys: a laptop's ed25519 key and the deploy pipeline's RSA key. */
const sshKeys: [name: string, publicKey: string][] = [
  ['priya@juniper-laptop', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICCjq5cqMhfb59pjS1/8R8/OL8m2m/tBqber+QTJv1Xe priya@juniper-laptop'],
  ['ci-deploy', 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQDD0eaTu5x62tpf4e22uSeQ3qDUSASL+49Ws//Vd4mm7d4M2vTTabqXBvt6069QG49sS3ZtQwPqNR02eV8HZ3ykhGWYJFofFjCUeutNQFfV4+rxqfbyfvMS+vRXLmcRm0FS31d1x8kWtbmHKsy1VrOleqyyHLlSGRS3bHprecQjoS9Pdgd6wWlwHxARkiRknMwOyl/hrJX30PdZ4SJ9EfsLtqpn+k+atwF4fMmMsa5zosZ8E907W//6Re/TB+4MR2O4UtzKgtrEQGIa6gos8a2tx5DNqI6SoCld1F4O5dZFley0yb3GCcvwCXh7gLSXz/nG7oIiokiJZN90e3575Nzh37apS4vHy+X4S2bpDnNYcIqg/feoLQvV0xMPRIMGMTMbI/a/aT3qgH8odmP2yx7xcHL3iKZq164tC9lR0NIqxev3eQ1yPQ4RogKn7/1lZ1vOctn6cCzzIkBmCzcplEypPRgAawEIQgw3ihbYrJ8gfDouSiPC300w48bDF6f8F7k= ci-deploy@juniper-analytics'],
];

/** Past completed actions of each long kind in the demo's last eight weeks: enough for an estimator to learn from. */
export const DEMO_HISTORY_PER_KIND = 12;

const find = (droplets: readonly DropletRecord[], name: string): DropletRecord => {
  const droplet = droplets.find((candidate) => candidate.name === name);
  if (!droplet) throw new Error(`demo seed has no ${name}`);
  return droplet;
};

export const populateDemo = (world: World): void => {
  const seed = new SeedBuilder(world);
  seed.addPublicImages();
  const droplets = [...fleet]
    .sort((a, b) => b.ageDays - a.ageDays)
    .map((entry) => {
      const droplet = seed.droplet(
        {
          name: entry.name,
          sizeSlug: entry.size,
          regionSlug: entry.region,
          image: seed.publicImage(entry.image),
          backupPolicy: null,
          ipv6: entry.ipv6 ?? false,
          monitoring: entry.monitoring ?? false,
          agent: true,
          tags: entry.tags,
        },
        entry.status,
        entry.ageDays,
      );
      for (const [name, ageDays] of entry.snapshots ?? []) seed.snapshot(droplet, name, ageDays);
      if (entry.backups) seed.backups(droplet, entry.backups);
      return droplet;
    });

  // A pre-2017 Droplet still boots a DigitalOcean-managed kernel.
  const legacy = find(droplets, 'legacy-reporting');
  legacy.kernel = kernelsFor(legacy.image.distribution)[1] ?? null;
  // The web pair shares a hypervisor, so the neighbors report has something to say.
  const webHost = find(droplets, 'web-prod-01').hostId;
  find(droplets, 'web-prod-02').hostId = webHost;

  seed.resize(find(droplets, 'api-prod-01'), 30, false);
  const web2 = find(droplets, 'web-prod-02');
  seed.pastAction({ ...seed.on(web2), type: 'reboot', kind: 'reboot', startedAt: seed.daysAgo(2) });
  const ci = find(droplets, 'ci-runner-01');
  seed.pastAction({ ...seed.on(ci), type: 'power_on', kind: 'power_on', startedAt: seed.daysAgo(5), status: 'errored' });
  const web1 = find(droplets, 'web-prod-01');
  seed.pastAction({ ...seed.on(web1), type: 'enable_backups', kind: 'enable_backups', startedAt: seed.daysAgo(200) });

  const hardened = seed.customImage(
    {
      name: 'ubuntu-24.04-hardened-base',
      distribution: 'Ubuntu',
      regions: ['nyc3'],
      createdAt: seed.daysAgo(64),
      minDiskSize: 20,
      sizeGigabytes: 3.42,
      description: 'CIS level 1 hardened Ubuntu 24.04, built by Packer',
      status: 'available',
      errorMessage: '',
    },
    ['golden-image'],
  );
  seed.transfer(hardened, 'fra1', 63);
  seed.customImage({
    name: 'pfsense-2.7.2',
    distribution: 'Unknown',
    regions: ['ams3'],
    createdAt: seed.daysAgo(150),
    minDiskSize: 10,
    sizeGigabytes: 1.08,
    description: 'Firewall appliance for the office VPN',
    status: 'available',
    errorMessage: '',
  });
  seed.customImage({
    name: 'windows-server-2022',
    distribution: 'Unknown',
    regions: [],
    createdAt: seed.daysAgo(3),
    minDiskSize: null,
    sizeGigabytes: null,
    description: 'Tried the ISO directly',
    status: 'deleted',
    errorMessage: UNSUPPORTED_FORMAT_MESSAGE,
  });
  addLongActionHistory(seed, droplets, { perKind: DEMO_HISTORY_PER_KIND, days: 56 });
  seed.finish();

  // Something is happening when the demo opens: a snapshot running, a Droplet being created.
  runDropletAction(world, find(droplets, 'staging-api'), { type: 'snapshot', name: 'staging-api-before-migration' });
  createDroplet(world, {
    name: 'ci-runner-02', sizeSlug: 'c-2', regionSlug: 'tor1', image: seed.publicImage('docker-20-04'),
    backupPolicy: null, ipv6: false, monitoring: true, agent: true, tags: ['ci'],
  });
  for (const [name, publicKey] of sshKeys) addSshKey(world.store, name, publicKey);
};
