import { RotateCw, TriangleAlert } from 'lucide-react';
import type { PanelError } from '../../shared/result';
import { Button } from './button';
import './error-state.css';

export interface ErrorStateProps {
  /** What could not be done, e.g. "Couldn't load the account". */
  title: string;
  error: PanelError;
  onRetry: () => void;
  retrying?: boolean;
}

/** A failed load: what failed, the main side's own message and kind (for support), and a way to try again. */
export const ErrorState = ({ title, error, onRetry, retrying = false }: ErrorStateProps) => (
  <section role="alert" className="error-state">
    <div className="error-state__icon">
      <TriangleAlert strokeWidth={1.75} />
    </div>
    <div className="error-state__body">
      <h2 className="error-state__title">{title}</h2>
      <p className="error-state__message">{error.message}</p>
      <dl className="error-state__facts">
        <div>
          <dt>Kind</dt>
          <dd>
            <code>{error.kind}</code>
          </dd>
        </div>
        {error.status === undefined ? null : (
          <div>
            <dt>HTTP status</dt>
            <dd>
              <code>{error.status}</code>
            </dd>
          </div>
        )}
        {error.requestId === undefined ? null : (
          <div>
            <dt>Request ID</dt>
            <dd>
              <code>{error.requestId}</code>
            </dd>
          </div>
        )}
      </dl>
      <Button variant="secondary" size="sm" icon={<RotateCw />} busy={retrying} onClick={onRetry}>
        Retry
      </Button>
    </div>
  </section>
);
