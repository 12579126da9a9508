import { Hourglass } from 'lucide-react';
import { useEffect, useState } from 'react';
import { bridge } from '../bridge';
import { formatClock } from '../format/format-date';
import './rate-limit-notice.css';

/** Seconds left until `until`, rounded up so the notice never says 0 while still waiting. */
const secondsLeft = (until: number, now: number): number => Math.max(0, Math.ceil((until - now) / 1000));

/**
 * Says when DigitalOcean is rate limiting the account, since when, and how long until the panel
 * retries, counting down; it disappears when the wait is over. The main side does the waiting and retrying.
 */
export const RateLimitNotice = () => {
  const [until, setUntil] = useState<number | null>(null);
  // When this stretch of limiting began: kept across back-to-back 429s, forgotten once the wait is over.
  const [since, setSince] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(
    () =>
      bridge.on('api.rateLimited', ({ retryInMs }) => {
        const at = Date.now();
        setNow(at);
        setSince((current) => current ?? at);
        setUntil((current) => Math.max(current ?? 0, at + retryInMs));
      }),
    [],
  );

  useEffect(() => {
    if (until === null) return undefined;
    const timer = setInterval(() => {
      const at = Date.now();
      setNow(at);
      if (at >= until) {
        setUntil(null);
        setSince(null);
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [until]);

  if (until === null || now >= until) return null;
  return (
    <div className="rate-limit-notice" role="status">
      <Hourglass aria-hidden="true" />
      <span>
        DigitalOcean is rate limiting this account since {formatClock(since ?? now)}. The panel retries in {secondsLeft(until, now)} s.
      </span>
    </div>
  );
};
