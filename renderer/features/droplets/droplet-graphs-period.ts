import { create } from 'zustand';

/** The windows the Graphs tab offers, as DigitalOcean's own graphs do. */
export const graphPeriods = [
  { id: '1h', label: '1 h', seconds: 3_600, phrase: 'the last hour' },
  { id: '6h', label: '6 h', seconds: 6 * 3_600, phrase: 'the last 6 hours' },
  { id: '24h', label: '24 h', seconds: 86_400, phrase: 'the last 24 hours' },
  { id: '7d', label: '7 days', seconds: 7 * 86_400, phrase: 'the last 7 days' },
  { id: '14d', label: '14 days', seconds: 14 * 86_400, phrase: 'the last 14 days' },
] as const;

export type GraphPeriod = (typeof graphPeriods)[number];
export type GraphPeriodId = GraphPeriod['id'];

export const graphPeriod = (id: GraphPeriodId): GraphPeriod => graphPeriods.find((period) => period.id === id) ?? graphPeriods[2];

interface GraphPeriodState {
  period: GraphPeriodId;
  actions: { choose: (period: GraphPeriodId) => void };
}

/** Kept for the session only: a chosen window is about the question of the moment, not a preference. */
const useGraphPeriodStore = create<GraphPeriodState>()((set) => ({
  period: '24h',
  actions: { choose: (period) => set({ period }) },
}));

/** The window every droplet's graphs show. */
export const useGraphPeriod = (): GraphPeriodId => useGraphPeriodStore((state) => state.period);

export const useGraphPeriodActions = (): GraphPeriodState['actions'] => useGraphPeriodStore((state) => state.actions);
