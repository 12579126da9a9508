import { Component, type ReactNode } from 'react';
import { Button } from '../components/button';
import { Callout } from '../components/callout';

interface ChunkErrorBoundaryProps {
  children: ReactNode;
  /** Shown instead of a part of the app that failed; `null` for one that can simply stay away (a dialog). */
  fallback?: 'callout' | null;
}

/**
 * A part of the app whose chunk could not be loaded (browser mode's files replaced by a newer build
 * while the page was open) says so and offers a reload, instead of taking the whole window down.
 */
export class ChunkErrorBoundary extends Component<ChunkErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    if (this.props.fallback === null) return null;
    return (
      <div className="page">
        <Callout tone="danger" role="alert" title="This part of the panel could not be loaded">
          <p>Its files may have changed since the window opened (the panel was updated or rebuilt). Reloading loads them afresh.</p>
          <Button onClick={() => window.location.reload()}>Reload</Button>
        </Callout>
      </div>
    );
  }
}
