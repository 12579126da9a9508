import type { DropletMetricName } from '../do-types';
import { z } from '../zod';

/** Longer windows than a month are more points than a chart can show; the API refuses some of them too. */
export const maxMetricsSpanSeconds = 31 * 86_400;

/** Every metric but bandwidth, which is asked for per interface and direction. */
export const dropletMetricNames = [
  'cpu',
  'filesystem_free',
  'filesystem_size',
  'load_1',
  'load_5',
  'load_15',
  'memory_cached',
  'memory_free',
  'memory_total',
  'memory_available',
] as const satisfies readonly Exclude<DropletMetricName, 'bandwidth'>[];

const id = z.number().int().positive();
/** Unix time in seconds. */
const instant = z.number().int().nonnegative();

/** One metric of one Droplet over `start`…`end` (Unix seconds), checked before anything reaches the API. */
export const dropletMetricsSchema = z
  .discriminatedUnion('metric', [
    z
      .object({
        id,
        metric: z.literal('bandwidth'),
        interface: z.enum(['public', 'private']),
        direction: z.enum(['inbound', 'outbound']),
        start: instant,
        end: instant,
      })
      .strict(),
    z.object({ id, metric: z.enum(dropletMetricNames), start: instant, end: instant }).strict(),
  ])
  .superRefine(({ start, end }, context) => {
    if (end <= start) context.addIssue({ code: 'custom', path: ['end'], message: 'The end of the window must come after its start.' });
    else if (end - start > maxMetricsSpanSeconds) context.addIssue({ code: 'custom', path: ['end'], message: 'Show at most 31 days at once.' });
  });
