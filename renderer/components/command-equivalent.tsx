import { ChevronRight } from 'lucide-react';
import { useId, useState } from 'react';
import type { CommandEquivalent as CommandTexts } from '../../shared/actions/equivalents';
import { Button } from './button';
import { CopyButton } from './copy-button';
import './command-equivalent.css';

export interface CommandEquivalentProps {
  /** What the form would send as it stands, or null while it is not complete. */
  equivalent: CommandTexts | null;
  /** Why there is nothing to show yet: "Choose an image to see the command." */
  waitingFor?: string;
}

/** One labelled block of shell text and its copy button. */
const CommandBlock = ({ label, what, text }: { label: string; what: string; text: string }) => {
  const labelId = useId();
  return (
    <section className="command-equivalent__block" aria-labelledby={labelId}>
      <div className="command-equivalent__head">
        <h3 id={labelId} className="command-equivalent__label">
          {label}
        </h3>
        <CopyButton value={text} what={what} />
      </div>
      {/* Focusable so a keyboard can scroll a long command. */}
      <pre className="command-equivalent__code" tabIndex={0}>
        <code>{text}</code>
      </pre>
    </section>
  );
};

/**
 * "Show as command": the doctl command and the API request for what the form would send, following
 * the form as it changes, for people who script what they first did here. Collapsed until asked for.
 */
export const CommandEquivalent = ({ equivalent, waitingFor = 'Complete the form to see the command.' }: CommandEquivalentProps) => {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="command-equivalent">
      <Button
        variant="ghost"
        size="sm"
        className="command-equivalent__toggle"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        icon={<ChevronRight aria-hidden="true" className="command-equivalent__chevron" />}
        onClick={() => setOpen(!open)}
      >
        Show as command
      </Button>
      {open ? (
        <div id={panelId} className="command-equivalent__panel">
          {equivalent === null ? (
            <p className="command-equivalent__note">{waitingFor}</p>
          ) : (
            <>
              <p className="command-equivalent__note">
                Both read your API token from <code>$DIGITALOCEAN_TOKEN</code>: set it in your shell first.
              </p>
              {equivalent.doctl === null ? (
                <p className="command-equivalent__note">{equivalent.doctlMissing}</p>
              ) : (
                <CommandBlock label="doctl" what="doctl command" text={equivalent.doctl} />
              )}
              <CommandBlock label="API request" what="API request" text={equivalent.curl} />
            </>
          )}
        </div>
      ) : null}
    </div>
  );
};
