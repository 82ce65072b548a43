import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type Indicator = components['schemas']['IndicatorDefinition'];

/** The indicators that take measurements: MANUAL ones (DERIVED ones are computed from records). */
export async function getManualIndicators(api: ApiClient): Promise<Indicator[]> {
  const page = unwrap(await api.GET('/api/v1/indicators', { params: { query: { size: 100 } } }));
  return page.items.filter((indicator) => indicator.source === 'MANUAL');
}

export function useManualIndicators({ enabled }: { enabled: boolean }) {
  const api = useApiClient();
  return useQuery({ ...queryOptions({ queryKey: ['indicators', 'manual'], queryFn: () => getManualIndicators(api) }), enabled });
}
