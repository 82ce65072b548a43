import type { ApiClient } from '@/lib/api/client';
import { versionEtag } from '@/lib/api/etag';
import { unwrap } from '@/lib/api/problem';
import { useApiMutation, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { INDICATORS_KEY, type Indicator } from './get-indicators';

export type IndicatorUpdate = components['schemas']['IndicatorUpdateInput'];
export type NewMetricScope = components['schemas']['MetricScopeInput'];

/** Saves an indicator with If-Match of the version shown (412 when somebody saved in between). */
export async function updateIndicator(api: ApiClient, { indicator, update }: { indicator: Indicator; update: IndicatorUpdate }) {
  return unwrap(
    await api.PUT('/api/v1/indicators/{key}', {
      params: { path: { key: indicator.key }, header: { 'If-Match': versionEtag(indicator.version) } },
      body: update,
    }),
  );
}

export function useUpdateIndicator() {
  return useApiMutation(updateIndicator, { invalidates: () => [INDICATORS_KEY, ['outreach-report']] });
}

/** The latest version of an indicator, for the form after a 412. */
export async function getIndicator(api: ApiClient, key: string): Promise<Indicator> {
  return unwrap(await api.GET('/api/v1/indicators/{key}', { params: { path: { key } } }));
}

export async function createMetricScope(api: ApiClient, scope: NewMetricScope) {
  return unwrap(await api.POST('/api/v1/metric-scopes', { body: scope }));
}

export function useCreateMetricScope() {
  return useApiMutation(createMetricScope, { invalidates: () => [['metric-scopes']] });
}

export type IndicatorTarget = components['schemas']['IndicatorTargetDetail'];
export type NewIndicatorTarget = components['schemas']['IndicatorTargetInput'];
export type Narrative = components['schemas']['ReportNarrativeDetail'];
export type NewNarrative = components['schemas']['ReportNarrativeInput'];

export async function getTargets(api: ApiClient): Promise<IndicatorTarget[]> {
  return unwrap(await api.GET('/api/v1/indicator-targets', { params: { query: { size: 100 } } })).items;
}

export function useTargets({ enabled }: { enabled: boolean }) {
  return useApiQuery((api) => ({ queryKey: ['indicator-targets'], queryFn: () => getTargets(api) }), { enabled });
}

export function useCreateTarget() {
  return useApiMutation(
    async (api: ApiClient, target: NewIndicatorTarget) => unwrap(await api.POST('/api/v1/indicator-targets', { body: target })),
    { invalidates: () => [['indicator-targets'], ['outreach-report']] },
  );
}

export async function getNarratives(api: ApiClient): Promise<Narrative[]> {
  return unwrap(await api.GET('/api/v1/report-narratives', { params: { query: { size: 100 } } })).items;
}

export function useNarratives({ enabled }: { enabled: boolean }) {
  return useApiQuery((api) => ({ queryKey: ['report-narratives'], queryFn: () => getNarratives(api) }), { enabled });
}

export function useCreateNarrative() {
  return useApiMutation(
    async (api: ApiClient, narrative: NewNarrative) => unwrap(await api.POST('/api/v1/report-narratives', { body: narrative })),
    { invalidates: () => [['report-narratives'], ['outreach-report']] },
  );
}
