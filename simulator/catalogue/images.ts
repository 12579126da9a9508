/** DigitalOcean's public images: base distributions and 1-Click applications, with fixed ids. */
export type PublicImageKind = 'distribution' | 'application';

export interface PublicImageInfo {
  readonly id: number;
  readonly kind: PublicImageKind;
  readonly name: string;
  readonly slug: string;
  readonly distribution: string;
  readonly minDiskSize: number;
  readonly sizeGigabytes: number;
  readonly createdAt: string;
  readonly description: string;
}

export const publicImages: readonly PublicImageInfo[] = [
  { id: 168431051, kind: 'distribution', name: '24.04 (LTS) x64', slug: 'ubuntu-24-04-x64', distribution: 'Ubuntu', minDiskSize: 10, sizeGigabytes: 2.61, createdAt: '2024-11-07T16:12:49Z', description: 'Ubuntu 24.04 (LTS) x64' },
  { id: 167340712, kind: 'distribution', name: '24.10 x64', slug: 'ubuntu-24-10-x64', distribution: 'Ubuntu', minDiskSize: 10, sizeGigabytes: 2.74, createdAt: '2024-10-15T19:03:12Z', description: 'Ubuntu 24.10 x64' },
  { id: 164421335, kind: 'distribution', name: '22.04 (LTS) x64', slug: 'ubuntu-22-04-x64', distribution: 'Ubuntu', minDiskSize: 7, sizeGigabytes: 2.37, createdAt: '2024-08-22T14:44:05Z', description: 'Ubuntu 22.04 (LTS) x64' },
  { id: 165064102, kind: 'distribution', name: '12 x64', slug: 'debian-12-x64', distribution: 'Debian', minDiskSize: 10, sizeGigabytes: 1.12, createdAt: '2024-09-03T09:21:36Z', description: 'Debian 12 x64' },
  { id: 159651797, kind: 'distribution', name: '11 x64', slug: 'debian-11-x64', distribution: 'Debian', minDiskSize: 10, sizeGigabytes: 0.98, createdAt: '2024-06-11T10:05:58Z', description: 'Debian 11 x64' },
  { id: 168226811, kind: 'distribution', name: '41 x64', slug: 'fedora-41-x64', distribution: 'Fedora', minDiskSize: 15, sizeGigabytes: 1.44, createdAt: '2024-11-01T12:30:17Z', description: 'Fedora 41 x64' },
  { id: 166517385, kind: 'distribution', name: '9 x64', slug: 'rockylinux-9-x64', distribution: 'Rocky Linux', minDiskSize: 10, sizeGigabytes: 1.35, createdAt: '2024-09-30T08:47:22Z', description: 'Rocky Linux 9 x64' },
  { id: 160931284, kind: 'distribution', name: '8 x64', slug: 'rockylinux-8-x64', distribution: 'Rocky Linux', minDiskSize: 10, sizeGigabytes: 1.29, createdAt: '2024-06-27T15:18:40Z', description: 'Rocky Linux 8 x64' },
  { id: 163592707, kind: 'distribution', name: '9 Stream x64', slug: 'centos-stream-9-x64', distribution: 'CentOS', minDiskSize: 10, sizeGigabytes: 1.41, createdAt: '2024-08-05T11:02:09Z', description: 'CentOS Stream 9 x64' },
  { id: 166877204, kind: 'application', name: 'Docker on Ubuntu 22.04', slug: 'docker-20-04', distribution: 'Ubuntu', minDiskSize: 25, sizeGigabytes: 3.85, createdAt: '2024-10-08T17:26:51Z', description: 'Docker Engine and Compose, ready to run containers' },
  { id: 165988431, kind: 'application', name: 'WordPress on Ubuntu 22.04', slug: 'wordpress-20-04', distribution: 'Ubuntu', minDiskSize: 25, sizeGigabytes: 4.32, createdAt: '2024-09-17T13:40:02Z', description: 'WordPress with a LAMP stack' },
  { id: 164908116, kind: 'application', name: 'LAMP on Ubuntu 22.04', slug: 'lamp-20-04', distribution: 'Ubuntu', minDiskSize: 25, sizeGigabytes: 3.2, createdAt: '2024-08-29T07:55:44Z', description: 'Linux, Apache, MySQL and PHP' },
  { id: 167002548, kind: 'application', name: 'Node.js on Ubuntu 22.04', slug: 'nodejs-20-04', distribution: 'Ubuntu', minDiskSize: 25, sizeGigabytes: 3.02, createdAt: '2024-10-10T18:09:33Z', description: 'Node.js LTS with PM2 and Nginx' },
];

export interface KernelInfo {
  readonly id: number;
  readonly name: string;
  readonly version: string;
}

/**
 * Kernels offered to a Droplet, by its image's distribution. Droplets built since 2017 boot their own
 * kernel (Droplet.kernel is null), but the list endpoint still answers, and change_kernel picks from it.
 */
const kernelVersions: Readonly<Record<string, readonly string[]>> = {
  Ubuntu: ['6.8.0-49-generic', '6.8.0-45-generic', '5.15.0-125-generic', '5.15.0-122-generic'],
  Debian: ['6.1.0-27-amd64', '6.1.0-25-amd64', '5.10.0-33-amd64'],
  Fedora: ['6.11.5-300.fc41.x86_64', '6.11.3-300.fc41.x86_64'],
  'Rocky Linux': ['5.14.0-427.40.1.el9_4.x86_64', '4.18.0-553.22.1.el8_10.x86_64'],
  CentOS: ['5.14.0-522.el9.x86_64', '5.14.0-503.el9.x86_64'],
};

const grubLoader: KernelInfo = { id: 7516, name: 'DigitalOcean GrubLoader v0.2 (20160714)', version: '2016.07.13-DigitalOcean_loader' };

export const kernelsFor = (distribution: string): KernelInfo[] => {
  const family = distribution in kernelVersions ? distribution : 'Ubuntu';
  const versions = kernelVersions[family] ?? [];
  const base = 9000 + Object.keys(kernelVersions).indexOf(family) * 100;
  return [
    grubLoader,
    ...versions.map((version, index) => ({ id: base + index + 1, name: `${family} x64 vmlinuz-${version}`, version })),
  ];
};
