import { useQueries } from '@tanstack/react-query';
import { ChartNoAxesCombined } from 'lucide-react';
import { panelErrorOf } from '../../bridge/panel-error-of';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { ExternalLink } from '../../components/external-link';
import { cx } from '../../components/cx';
import { DropletGraph } from './droplet-graphs-chart';
import { graphPeriod, graphPeriods, useGraphPeriod, useGraphPeriodActions } from './droplet-graphs-period';
import { dropletGraphQueries, type GraphSource } from './droplet-graphs-queries';
import { cpuUsage, gauge, memoryUsage } from './droplet-graphs-series';
import { DropletGraphsSkeleton } from './droplet-graphs-skeleton';
import './droplet-graphs.css';

/** DigitalOcean's guide to installing the agent that collects these metrics. */
export const metricsAgentDocsUrl = 'https://docs.digitalocean.com/products/monitoring/how-to/install-agent/';

const sources: readonly GraphSource[] = ['cpu', 'inbound', 'outbound', 'memory_total', 'memory_available'];

const PeriodPicker = () => {
  const selected = useGraphPeriod();
  const { choose } = useGraphPeriodActions();
  return (
    <div role="group" aria-label="Period" className="droplet-graphs__periods">
      {graphPeriods.map((period) => (
        <button
          key={period.id}
          type="button"
          aria-pressed={period.id === selected}
          className={cx('droplet-graphs__period', period.id === selected && 'droplet-graphs__period--selected')}
          onClick={() => choose(period.id)}
        >
          {period.label}
        </button>
      ))}
    </div>
  );
};

/** CPU, public bandwidth and memory of one droplet over the chosen period, from DigitalOcean's monitoring. */
const DropletGraphs = ({ id }: { id: number }) => {
  const periodId = useGraphPeriod();
  const period = graphPeriod(periodId);
  const [cpu, inbound, outbound, memoryTotal, memoryAvailable] = useQueries({
    queries: sources.map((source) => dropletGraphQueries.metric(id, source, periodId)),
  });
  const all = [cpu, inbound, outbound, memoryTotal, memoryAvailable];

  const body = () => {
    const failed = all.find((query) => query?.isError);
    if (failed?.isError) {
      return (
        <ErrorState
          title="Couldn't load the droplet's graphs"
          error={panelErrorOf(failed.error)}
          onRetry={() => {
            for (const query of all) if (query?.isError) void query.refetch();
          }}
          retrying={all.some((query) => query?.isFetching)}
        />
      );
    }
    if (!cpu?.data || !inbound?.data || !outbound?.data || !memoryTotal?.data || !memoryAvailable?.data) {
      return (
        <div role="status" aria-busy="true">
          <span className="visually-hidden">Loading the graphs</span>
          <DropletGraphsSkeleton />
        </div>
      );
    }
    const cpuPoints = cpuUsage(cpu.data);
    const inboundPoints = gauge(inbound.data);
    const outboundPoints = gauge(outbound.data);
    const memoryPoints = memoryUsage(memoryTotal.data, memoryAvailable.data);
    if ([cpuPoints, inboundPoints, outboundPoints, memoryPoints].every((points) => points.length === 0)) {
      return (
        <EmptyState
          icon={ChartNoAxesCombined}
          title="No data: install the DigitalOcean metrics agent"
          description={`DigitalOcean has no CPU, bandwidth or memory figures for this droplet over ${period.phrase}. They are collected by its metrics agent, which runs inside the droplet; once it is installed, graphs appear within a few minutes.`}
          actions={
            <ExternalLink href={metricsAgentDocsUrl} variant="secondary">
              How to install the metrics agent
            </ExternalLink>
          }
        />
      );
    }
    return (
      <div className="droplet-graphs__charts">
        <DropletGraph title="CPU usage" unit="%" max={100} period={period} lines={[{ key: 'cpu', label: 'CPU', points: cpuPoints, tone: 'accent' }]} />
        <DropletGraph
          title="Public bandwidth"
          unit="Mbps"
          period={period}
          lines={[
            { key: 'inbound', label: 'Inbound', points: inboundPoints, tone: 'success' },
            { key: 'outbound', label: 'Outbound', points: outboundPoints, tone: 'accent' },
          ]}
        />
        <DropletGraph title="Memory used" unit="%" max={100} period={period} lines={[{ key: 'memory', label: 'Memory', points: memoryPoints, tone: 'accent' }]} />
      </div>
    );
  };

  return (
    <div className="droplet-graphs">
      <PeriodPicker />
      {body()}
    </div>
  );
};

export default DropletGraphs;
