/** Stands for the Droplet's name in a snapshot name pattern. */
export const dropletToken = '{droplet}';

/** The longest snapshot name DigitalOcean takes. */
export const snapshotNameMaxLength = 255;

/** A snapshot's name from the pattern, for one Droplet: each `{droplet}` becomes its name. */
export const snapshotNameFor = (pattern: string, dropletName: string): string => pattern.trim().split(dropletToken).join(dropletName);
