import { z } from '../zod';

/**
 * The name a window gives one list fetch so it can tell its own `lists.page` events from another
 * window's: short, and plain enough to go into an event unescaped.
 */
export const listStreamSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'A list stream is 1 to 64 letters, digits, “-” or “_”.');
