import type { ApiClient } from '@/lib/api/client';
import { versionEtag } from '@/lib/api/etag';
import { ensureOk, unwrap } from '@/lib/api/problem';
import { useApiMutation, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { INDICATORS_KEY, type Indicator } from './get-indicators';
import type { MetricScope } from './get-metric-scopes';

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

/** The latest version of a narrative section, for its form after a 412. */
export async function getNarrative(api: ApiClient, id: string): Promise<Narrative> {
  return unwrap(await api.GET('/api/v1/report-narratives/{id}', { params: { path: { id } } }));
}

/** Saves a narrative section with If-Match of the version shown. */
export function useUpdateNarrative() {
  return useApiMutation(
    async (api: ApiClient, { narrative, input }: { narrative: Narrative; input: NewNarrative }) =>
      unwrap(
        await api.PUT('/api/v1/report-narratives/{id}', {
          params: { path: { id: narrative.id }, header: { 'If-Match': versionEtag(narrative.version) } },
          body: input,
        }),
      ),
    { invalidates: () => [['report-narratives'], ['outreach-report']] },
  );
}

/** Removes a narrative section with If-Match of the version shown. */
export function useDeleteNarrative() {
  return useApiMutation(
    async (api: ApiClient, narrative: Narrative) =>
      ensureOk(
        await api.DELETE('/api/v1/report-narratives/{id}', {
          params: { path: { id: narrative.id }, header: { 'If-Match': versionEtag(narrative.version) } },
        }),
      ),
    { invalidates: () => [['report-narratives'], ['outreach-report']] },
  );
}

/** The latest version of a target, for its form after a 412. */
export async function getTarget(api: ApiClient, id: string): Promise<IndicatorTarget> {
  return unwrap(await api.GET('/api/v1/indicator-targets/{id}', { params: { path: { id } } }));
}

export type TargetUpdate = components['schemas']['IndicatorTargetUpdateInput'];

/** Changes baseline and target with If-Match of the version shown. */
export function useUpdateTarget() {
  return useApiMutation(
    async (api: ApiClient, { target, input }: { target: IndicatorTarget; input: TargetUpdate }) =>
      unwrap(
        await api.PUT('/api/v1/indicator-targets/{id}', {
          params: { path: { id: target.id }, header: { 'If-Match': versionEtag(target.version) } },
          body: input,
        }),
      ),
    { invalidates: () => [['indicator-targets'], ['outreach-report']] },
  );
}

/** Removes a target with If-Match of the version shown. */
export function useDeleteTarget() {
  return useApiMutation(
    async (api: ApiClient, target: IndicatorTarget) =>
      ensureOk(
        await api.DELETE('/api/v1/indicator-targets/{id}', {
          params: { path: { id: target.id }, header: { 'If-Match': versionEtag(target.version) } },
        }),
      ),
    { invalidates: () => [['indicator-targets'], ['outreach-report']] },
  );
}

export type ScopeUpdate = components['schemas']['MetricScopeUpdateInput'];

/** The latest version of a scope, for its form after a 412. */
export async function getMetricScope(api: ApiClient, id: string): Promise<MetricScope> {
  return unwrap(await api.GET('/api/v1/metric-scopes/{id}', { params: { path: { id } } }));
}

/** Saves a scope's name, town, position and archive flag with If-Match of the version shown. */
export function useUpdateMetricScope() {
  return useApiMutation(
    async (api: ApiClient, { scope, input }: { scope: MetricScope; input: ScopeUpdate }) =>
      unwrap(
        await api.PUT('/api/v1/metric-scopes/{id}', {
          params: { path: { id: scope.id }, header: { 'If-Match': versionEtag(scope.version) } },
          body: input,
        }),
      ),
    { invalidates: () => [['metric-scopes']] },
  );
}
