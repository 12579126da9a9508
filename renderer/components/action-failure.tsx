import type { PanelError } from '../../shared/result';
import { panelErrorOf } from '../bridge/panel-error-of';
import { Callout } from './callout';
import './action-failure.css';

/** Why DigitalOcean (or the panel) refused, in its own words, with the request id support will ask for. */
export const ActionFailure = ({ title, error, resource = 'droplet' }: { title: string; error: Error; resource?: string }) => {
  const detail: PanelError = panelErrorOf(error);
  return (
    <Callout tone="danger" role="alert" title={title} className="action-failure">
      <p>{detail.message}</p>
      {detail.kind === 'conflict' ? <p>Wait until what is running on the {resource} finishes, then try again.</p> : null}
      {detail.requestId === undefined ? null : (
        <p>
          Request ID <code>{detail.requestId}</code>
        </p>
      )}
    </Callout>
  );
};
