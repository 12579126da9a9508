import { Braces } from 'lucide-react';
import { useState } from 'react';
import { Button } from './button';
import { CopyAnnouncement, useClipboard } from './copy-button';

export interface CopyJsonButtonProps {
  /** What is copied, for the announcement: "the droplet". */
  what: string;
  /** The API's object as the panel last received it (fetched once if it has none yet). */
  load: () => Promise<unknown>;
}

/**
 * Copies DigitalOcean's own object, indented, as `doctl … -o json` would print it: for scripts, bug
 * reports and support tickets. Nothing the panel derived is added.
 */
export const CopyJsonButton = ({ what, load }: CopyJsonButtonProps) => {
  const { outcome, copy } = useClipboard();
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const onClick = () => {
    setLoading(true);
    setFailed(false);
    load().then(
      (value) => {
        setLoading(false);
        copy(JSON.stringify(value, null, 2));
      },
      () => {
        setLoading(false);
        setFailed(true);
      },
    );
  };
  const label = outcome === 'copied' ? 'Copied' : failed || outcome === 'failed' ? 'Couldn’t copy' : 'Copy as JSON';
  return (
    <>
      <Button variant="secondary" size="sm" icon={<Braces />} busy={loading} onClick={onClick}>
        {label}
      </Button>
      <CopyAnnouncement outcome={failed ? 'failed' : outcome} what={`${what} as JSON`} />
    </>
  );
};
