import { useId } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import type { GraphPeriod } from './droplet-graphs-period';
import { summarize, type GraphPoint } from './droplet-graphs-series';

export type GraphUnit = '%' | 'Mbps';

/** One line of a chart; `tone` is the theme colour it is drawn in. */
export interface GraphLine {
  key: string;
  label: string;
  points: readonly GraphPoint[];
  tone: 'accent' | 'success';
}

const numberFormats = {
  small: new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }),
  medium: new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }),
  large: new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }),
};

export const formatGraphValue = (value: number, unit: GraphUnit): string => {
  const magnitude = Math.abs(value);
  const format = magnitude < 10 ? numberFormats.small : magnitude < 100 ? numberFormats.medium : numberFormats.large;
  return `${format.format(value)} ${unit}`;
};

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const instantFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Hours on a day's axis, dates on a week's. */
const tickFormat = (period: GraphPeriod) => (seconds: number) =>
  (period.seconds > 86_400 ? dayFormat : timeFormat).format(new Date(seconds * 1000));

/** "CPU: average 23 %, peak 71 % over the last 24 hours", one clause per line. */
export const graphSummary = (title: string, lines: readonly GraphLine[], unit: GraphUnit, period: GraphPeriod): string => {
  const clauses = lines.map((line) => {
    const figures = summarize(line.points);
    const prefix = lines.length > 1 ? `${line.label.toLowerCase()} ` : '';
    return figures
      ? `${prefix}average ${formatGraphValue(figures.average, unit)}, peak ${formatGraphValue(figures.peak, unit)}`
      : `${prefix}no data`;
  });
  return `${title}: ${clauses.join('; ')} over ${period.phrase}.`;
};

/** Lines sampled at the same instants become one row per instant, as recharts wants them. */
const rowsOf = (lines: readonly GraphLine[]): Record<string, number>[] => {
  const rows = new Map<number, Record<string, number>>();
  for (const line of lines) {
    for (const { t, value } of line.points) {
      const row = rows.get(t) ?? { t };
      row[line.key] = value;
      rows.set(t, row);
    }
  }
  return [...rows.values()].sort((a, b) => (a.t ?? 0) - (b.t ?? 0));
};

const GraphTooltip = ({ active, payload, label, unit }: TooltipContentProps & { unit: GraphUnit }) => {
  if (!active || !payload || payload.length === 0 || typeof label !== 'number') return null;
  return (
    <div className="droplet-graph__tooltip">
      <div className="droplet-graph__tooltip-time">{instantFormat.format(new Date(label * 1000))}</div>
      {payload.map((entry) => (
        <div key={String(entry.dataKey)} className="droplet-graph__tooltip-value">
          {entry.name}: {typeof entry.value === 'number' ? formatGraphValue(entry.value, unit) : '—'}
        </div>
      ))}
    </div>
  );
};

export interface DropletGraphProps {
  title: string;
  unit: GraphUnit;
  lines: readonly GraphLine[];
  period: GraphPeriod;
  /** Percentages stop at 100; rates grow with the traffic. */
  max?: number;
}

/** A chart drawn for sighted users; its caption says the same in words for everyone else. */
export const DropletGraph = ({ title, unit, lines, period, max }: DropletGraphProps) => {
  const headingId = useId();
  const rows = rowsOf(lines);
  return (
    <figure className="droplet-graph" aria-labelledby={headingId}>
      <h3 id={headingId} className="droplet-graph__title">
        {title} <span className="droplet-graph__unit">({unit})</span>
      </h3>
      {rows.length === 0 ? (
        <p className="droplet-graph__empty">No data for {period.phrase}.</p>
      ) : (
        <div className="droplet-graph__plot" aria-hidden="true">
          <ResponsiveContainer width="100%" height={200} initialDimension={{ width: 480, height: 200 }}>
            <LineChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
              <CartesianGrid className="droplet-graph__grid" vertical={false} />
              <XAxis dataKey="t" type="number" scale="time" domain={['dataMin', 'dataMax']} tickFormatter={tickFormat(period)} minTickGap={24} />
              <YAxis width={64} domain={[0, max ?? 'auto']} tickFormatter={(value: number) => formatGraphValue(value, unit)} />
              <Tooltip content={(props) => <GraphTooltip {...props} unit={unit} />} isAnimationActive={false} />
              {lines.length > 1 ? <Legend /> : null}
              {lines.map((line) => (
                <Line
                  key={line.key}
                  dataKey={line.key}
                  name={line.label}
                  stroke={`var(--color-${line.tone})`}
                  strokeWidth={1.5}
                  dot={false}
                  isAnimationActive={false}
                  connectNulls
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
      <figcaption className="droplet-graph__summary">{graphSummary(title, lines, unit, period)}</figcaption>
    </figure>
  );
};
