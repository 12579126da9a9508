import { CloudOff } from 'lucide-react';
import { useEffect, useState } from 'react';
import { bridge } from '../bridge';
import { formatClock } from '../format/format-date';
import './rate-limit-notice.css';

/**
 * Says, above every area, that DigitalOcean has not been answering and since when, so no screen's
 * data is taken for current; it clears itself at the first answer. The main side decides: it alone
 * sees every request (the renderer's own calls to it succeed even while DigitalOcean is silent). A
 * window opened mid-outage asks it once, so the banner is there at once rather than at the next failure.
 */
export const UnreachableNotice = () => {
  const [since, setSince] = useState<string | null>(null);

  useEffect(() => {
    // An event is newer than the answer to a question asked before it: once one is heard, the answer is moot.
    let heard = false;
    const unsubscribe = bridge.on('api.reachability', ({ reachable, since: changedAt }) => {
      heard = true;
      setSince(reachable ? null : changedAt);
    });
    void bridge['app.reachability']({}).then((result) => {
      if (!heard && result.ok) setSince(result.value.reachable ? null : result.value.since);
    });
    return () => {
      heard = true;
      unsubscribe();
    };
  }, []);

  if (since === null) return null;
  return (
    <div className="rate-limit-notice" role="status">
      <CloudOff aria-hidden="true" />
      <span>
        DigitalOcean cannot be reached since {formatClock(Date.parse(since))}. The panel shows what it last loaded and
        tries again; nothing you start is sent twice.
      </span>
    </div>
  );
};
