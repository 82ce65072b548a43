import {
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
  type QueryKey,
  type UseQueryOptions,
} from '@tanstack/react-query';
import { useApiClient } from './api-context';
import type { ApiClient } from './client';

/**
 * The query options of one endpoint: its cache key from the parameters, its fetch with the API client.
 * `extra` holds what is fixed for the endpoint (a staleTime, say); the caller adds what varies.
 */
export function endpointQuery<P extends unknown[], T>(
  key: (...params: P) => QueryKey,
  fetch: (api: ApiClient, ...params: P) => Promise<T>,
  extra: { staleTime?: number } = {},
) {
  return (api: ApiClient, ...params: P) =>
    queryOptions({ queryKey: key(...params), queryFn: () => fetch(api, ...params), ...extra });
}

/** Hook options a page sets per call: whether to run, and whether to keep the last answer while the next loads. */
export type QueryExtras<T> = Pick<UseQueryOptions<T, Error, T, QueryKey>, 'enabled' | 'placeholderData'>;

/** Runs an endpoint's query with the app's API client. */
export function useApiQuery<T, TKey extends QueryKey>(
  options: (api: ApiClient) => UseQueryOptions<T, Error, T, TKey>,
  extras: QueryExtras<T> = {},
) {
  const api = useApiClient();
  return useQuery({ ...options(api), ...(extras as object) });
}

/** What a mutation does to the cache; the keys of `invalidates` are refetched before the mutation settles. */
export type MutationEffects<T, V> = {
  /** Refetched after success. */
  invalidates?: (data: T, variables: V) => readonly QueryKey[];
  /** Refetched after success and after failure (a refused step shows the current state). */
  invalidatesSettled?: (variables: V) => readonly QueryKey[];
  /** Further cache work after success, such as caching the answer for its page (a returned promise is awaited). */
  onSuccess?: (queryClient: QueryClient, data: T, variables: V) => unknown;
  onError?: (queryClient: QueryClient, error: Error, variables: V) => void;
};

function refetch(queryClient: QueryClient, keys: readonly QueryKey[] | undefined) {
  return Promise.all((keys ?? []).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

/** A mutation of one endpoint with the app's API client and the cache effects it declares. */
export function useApiMutation<V, T>(mutate: (api: ApiClient, variables: V) => Promise<T>, effects: MutationEffects<T, V> = {}) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const { invalidates, invalidatesSettled, onSuccess, onError } = effects;
  return useMutation({
    mutationFn: (variables: V) => mutate(api, variables),
    onSuccess: async (data: T, variables: V) => {
      await onSuccess?.(queryClient, data, variables);
      await refetch(queryClient, invalidates?.(data, variables));
    },
    onError: onError && ((error: Error, variables: V) => onError(queryClient, error, variables)),
    onSettled: invalidatesSettled && ((_data, _error, variables: V) => refetch(queryClient, invalidatesSettled(variables))),
  });
}
