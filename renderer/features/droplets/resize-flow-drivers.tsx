import { useResizeFlowDriver } from './use-resize-flow';
import { useRunningResizeFlowIds } from './resize-flow-store';

const Driver = ({ id }: { id: number }) => {
  useResizeFlowDriver(id);
  return null;
};

/**
 * Moves every "power off, then resize" on, whichever screen is open: mounted once in the app shell,
 * so closing the droplet's pane or leaving the Droplets screen does not stall a flow half-way.
 */
export const ResizeFlowDrivers = () => (
  <>
    {useRunningResizeFlowIds().map((id) => (
      <Driver key={id} id={id} />
    ))}
  </>
);
