/**
 * DigitalOcean's datacenters as the API lists them. Older datacenters (ams2, sfo1) no longer take new
 * Droplets: they stay listed with `available: false` and no sizes, as on the real API.
 */
export interface RegionInfo {
  readonly slug: string;
  readonly name: string;
  readonly available: boolean;
  readonly features: readonly string[];
  /** Prefixes of public IPv4 space, to hand out plausible addresses. */
  readonly ipv4Prefixes: readonly string[];
  /** The /64-ish IPv6 prefix Droplets of this region get addresses from. */
  readonly ipv6Prefix: string;
  /** Second octet of the default VPC's 10.x.0.0/20 range. */
  readonly vpcOctet: number;
}

const standard = ['backups', 'ipv6', 'metadata', 'install_agent', 'storage', 'image_transfer'];
const withPrivate = ['private_networking', ...standard];

export const regions: readonly RegionInfo[] = [
  { slug: 'nyc1', name: 'New York 1', available: true, features: withPrivate, ipv4Prefixes: ['104.236', '192.241'], ipv6Prefix: '2604:a880:0:1010', vpcOctet: 116 },
  { slug: 'nyc2', name: 'New York 2', available: true, features: withPrivate, ipv4Prefixes: ['162.243', '198.199'], ipv6Prefix: '2604:a880:1:20', vpcOctet: 132 },
  { slug: 'nyc3', name: 'New York 3', available: true, features: withPrivate, ipv4Prefixes: ['159.203', '167.99', '137.184'], ipv6Prefix: '2604:a880:800:10', vpcOctet: 108 },
  { slug: 'sfo1', name: 'San Francisco 1', available: false, features: standard, ipv4Prefixes: ['107.170'], ipv6Prefix: '2604:a880:1:4', vpcOctet: 120 },
  { slug: 'sfo2', name: 'San Francisco 2', available: true, features: withPrivate, ipv4Prefixes: ['138.68', '159.65'], ipv6Prefix: '2604:a880:2:d0', vpcOctet: 138 },
  { slug: 'sfo3', name: 'San Francisco 3', available: true, features: withPrivate, ipv4Prefixes: ['143.198', '164.90'], ipv6Prefix: '2604:a880:4:1d0', vpcOctet: 124 },
  { slug: 'ams2', name: 'Amsterdam 2', available: false, features: standard, ipv4Prefixes: ['95.85'], ipv6Prefix: '2a03:b0c0:0:1050', vpcOctet: 129 },
  { slug: 'ams3', name: 'Amsterdam 3', available: true, features: withPrivate, ipv4Prefixes: ['188.166', '167.172', '146.190'], ipv6Prefix: '2a03:b0c0:2:d0', vpcOctet: 110 },
  { slug: 'sgp1', name: 'Singapore 1', available: true, features: withPrivate, ipv4Prefixes: ['128.199', '159.89', '139.59'], ipv6Prefix: '2400:6180:0:d0', vpcOctet: 104 },
  { slug: 'lon1', name: 'London 1', available: true, features: withPrivate, ipv4Prefixes: ['178.62', '165.232', '134.209'], ipv6Prefix: '2a03:b0c0:1:d0', vpcOctet: 106 },
  { slug: 'fra1', name: 'Frankfurt 1', available: true, features: withPrivate, ipv4Prefixes: ['46.101', '164.92', '207.154'], ipv6Prefix: '2a03:b0c0:3:d0', vpcOctet: 114 },
  { slug: 'tor1', name: 'Toronto 1', available: true, features: withPrivate, ipv4Prefixes: ['159.203', '142.93', '165.22'], ipv6Prefix: '2604:a880:cad:d0', vpcOctet: 118 },
  { slug: 'blr1', name: 'Bangalore 1', available: true, features: withPrivate, ipv4Prefixes: ['139.59', '143.110', '165.22'], ipv6Prefix: '2400:6180:100:d0', vpcOctet: 122 },
  { slug: 'syd1', name: 'Sydney 1', available: true, features: withPrivate, ipv4Prefixes: ['170.64', '209.38'], ipv6Prefix: '2400:6180:10:200', vpcOctet: 126 },
  { slug: 'atl1', name: 'Atlanta 1', available: true, features: withPrivate, ipv4Prefixes: ['165.245', '147.182'], ipv6Prefix: '2604:a880:5:1d0', vpcOctet: 128 },
];

const bySlug = new Map(regions.map((region) => [region.slug, region]));

export const findRegion = (slug: string): RegionInfo | undefined => bySlug.get(slug);

export const availableRegions = (): RegionInfo[] => regions.filter((region) => region.available);
