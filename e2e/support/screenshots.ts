import path from 'node:path';

/** Where the journeys write the README's screenshots. */
export const docScreenshots = path.resolve(import.meta.dirname, '../../docs/screenshots');
