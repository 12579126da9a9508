import { z } from 'zod';

// zod compiles fast validators with `new Function` unless told not to, and probes for it once; the
// UI's Content-Security-Policy forbids eval, so that probe alone is reported as a violation.
z.config({ jitless: true });

export { z };
