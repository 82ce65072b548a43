import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';

export type MetricEvent = components['schemas']['MetricEventDetail'];
export type NetworkInitiative = components['schemas']['NetworkInitiativeDetail'];
export type DerivedSources = { events: MetricEvent[]; initiatives: NetworkInitiative[]; more: boolean };

/**
 * The records derived figures count for a scope and range: events and supported network initiatives (the
 * first 100 of each in the range, kept to the scope).
 */
export async function getDerivedSources(api: ApiClient, scopeId: string, from: string, to: string): Promise<DerivedSources> {
  const [events, initiatives] = await Promise.all([
    api.GET('/api/v1/metric-events', { params: { query: { from, to, size: 100 } } }).then(unwrap),
    api.GET('/api/v1/network-initiatives', { params: { query: { from, to, size: 100 } } }).then(unwrap),
  ]);
  return {
    events: events.items.filter((event) => event.scopeId === scopeId),
    initiatives: initiatives.items.filter((initiative) => initiative.scopeId === scopeId),
    more: events.totalItems > events.items.length || initiatives.totalItems > initiatives.items.length,
  };
}

const derivedSourcesQueryOptions = endpointQuery(
  (scopeId: string, from: string, to: string) => ['derived-sources', scopeId, from, to],
  getDerivedSources,
);

export function useDerivedSources(scopeId: string, from: string, to: string, { enabled }: { enabled: boolean }) {
  return useApiQuery((api) => derivedSourcesQueryOptions(api, scopeId, from, to), { enabled });
}
