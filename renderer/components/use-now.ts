import { useEffect, useState } from 'react';

/** The current time, re-read every `intervalMs` while `ticking`, for "N s ago" and time-left labels. */
export const useNow = (intervalMs = 1_000, ticking = true): number => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return undefined;
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs, ticking]);
  return now;
};
