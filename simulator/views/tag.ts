import type { TagRecord } from '../state';

const uri = (baseUrl: string, kind: 'droplet' | 'image', id: number): string =>
  `${baseUrl}/v2/${kind === 'droplet' ? 'droplets' : 'images'}/${id}`;

const counted = (count: number, last: string | undefined) => (last ? { count, last_tagged_uri: last } : { count });

/**
 * A tag with its tagged-resource counts. The spec's schema spells the images key `imgages` (FACTS.md
 * §11.10); we send `images`, as the API and the spec's own example do.
 */
export const tagView = (tag: TagRecord, baseUrl: string) => ({
  name: tag.name,
  resources: {
    ...counted(tag.droplets.size + tag.images.size, tag.lastTagged ? uri(baseUrl, tag.lastTagged.kind, tag.lastTagged.id) : undefined),
    droplets: counted(tag.droplets.size, tag.lastDroplet === null ? undefined : uri(baseUrl, 'droplet', tag.lastDroplet)),
    images: counted(tag.images.size, tag.lastImage === null ? undefined : uri(baseUrl, 'image', tag.lastImage)),
    volumes: { count: 0 },
    volume_snapshots: { count: 0 },
    databases: { count: 0 },
  },
});
