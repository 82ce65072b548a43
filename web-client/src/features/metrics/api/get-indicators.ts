import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';

export type Indicator = components['schemas']['IndicatorDefinition'];

/** The indicators that take measurements: MANUAL ones (DERIVED ones are computed from records). */
export async function getManualIndicators(api: ApiClient): Promise<Indicator[]> {
  const page = unwrap(await api.GET('/api/v1/indicators', { params: { query: { size: 100 } } }));
  return page.items.filter((indicator) => indicator.source === 'MANUAL');
}

const manualIndicatorsQueryOptions = endpointQuery(() => ['indicators', 'manual'], getManualIndicators);

export function useManualIndicators({ enabled }: { enabled: boolean }) {
  return useApiQuery(manualIndicatorsQueryOptions, { enabled });
}

/** Every indicator in report order, manual and derived. */
export async function getIndicators(api: ApiClient): Promise<Indicator[]> {
  const page = unwrap(await api.GET('/api/v1/indicators', { params: { query: { size: 100 } } }));
  return page.items;
}

export const INDICATORS_KEY = ['indicators'] as const;

const indicatorsQueryOptions = endpointQuery(() => [...INDICATORS_KEY, 'all'], getIndicators);

export function useIndicators({ enabled }: { enabled: boolean }) {
  return useApiQuery(indicatorsQueryOptions, { enabled });
}
