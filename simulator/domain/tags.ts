import type { DropletRecord, ImageRecord, Store, TagRecord } from '../state';

/**
 * The spec's tag pattern `^[a-zA-Z0-9_\-\:]+$`, written without the `\:` escape, which is invalid under
 * the `u` flag (FACTS.md §11.1). Same language, compiles everywhere.
 */
const TAG_NAME = /^[a-zA-Z0-9_:-]+$/;

export const isValidTagName = (name: unknown): name is string => typeof name === 'string' && name.length <= 255 && TAG_NAME.test(name);

/** The tag by this name in any case, created with this spelling if it does not exist (names are case-stable). */
export const ensureTag = (store: Store, name: string): TagRecord => {
  const existing = store.findTag(name);
  if (existing) return existing;
  const tag: TagRecord = { name, droplets: new Set(), images: new Set(), lastTagged: null, lastDroplet: null, lastImage: null };
  store.tags.set(name.toLowerCase(), tag);
  return tag;
};

export const tagDroplet = (tag: TagRecord, droplet: DropletRecord): void => {
  if (!droplet.tags.includes(tag.name)) droplet.tags.push(tag.name);
  tag.droplets.add(droplet.id);
  tag.lastDroplet = droplet.id;
  tag.lastTagged = { kind: 'droplet', id: droplet.id };
};

export const tagImage = (tag: TagRecord, image: ImageRecord): void => {
  if (!image.tags.includes(tag.name)) image.tags.push(tag.name);
  tag.images.add(image.id);
  tag.lastImage = image.id;
  tag.lastTagged = { kind: 'image', id: image.id };
};

export const untagDroplet = (tag: TagRecord, droplet: DropletRecord): void => {
  droplet.tags = droplet.tags.filter((name) => name !== tag.name);
  tag.droplets.delete(droplet.id);
};

export const untagImage = (tag: TagRecord, image: ImageRecord): void => {
  image.tags = image.tags.filter((name) => name !== tag.name);
  tag.images.delete(image.id);
};

/** Deleting a tag untags everything it was on. */
export const deleteTag = (store: Store, tag: TagRecord): void => {
  for (const id of tag.droplets) {
    const droplet = store.droplets.get(id);
    if (droplet) untagDroplet(tag, droplet);
  }
  for (const id of tag.images) {
    const image = store.images.get(id);
    if (image) untagImage(tag, image);
  }
  store.tags.delete(tag.name.toLowerCase());
};

/** A resource that goes away leaves its tags' counts. */
export const untagEverywhere = (store: Store, resource: DropletRecord | ImageRecord, kind: 'droplet' | 'image'): void => {
  for (const name of [...resource.tags]) {
    const tag = store.findTag(name);
    if (!tag) continue;
    if (kind === 'droplet') untagDroplet(tag, resource as DropletRecord);
    else untagImage(tag, resource as ImageRecord);
  }
};
