import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api/client';
import { answerEtag } from '@/lib/api/etag';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiMutation, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import type { PortraitDetail } from './get-portrait';
import { PORTRAITS_KEY } from './get-portraits';

export type PortraitInput = components['schemas']['PortraitInput'];
export type PortraitStatus = components['schemas']['PortraitStatus'];
/** A portrait as read for editing, with the ETag to send as If-Match. */
export type PortraitVersioned = { portrait: PortraitDetail; etag: string };

export const editablePortraitQueryKey = (id: string) => [...PORTRAITS_KEY, 'edit', id] as const;

function versioned(result: { data?: PortraitDetail; error?: unknown; response: Response }): PortraitVersioned {
  const portrait = unwrap(result);
  return { portrait, etag: answerEtag(result.response, portrait.version) };
}

export async function getEditablePortrait(api: ApiClient, id: string): Promise<PortraitVersioned> {
  return versioned(await api.GET('/api/v1/portraits/{id}', { params: { path: { id } } }));
}

export const getEditablePortraitQueryOptions = endpointQuery(editablePortraitQueryKey, getEditablePortrait);

export function useEditablePortrait(id: string) {
  return useApiQuery((api) => getEditablePortraitQueryOptions(api, id));
}

export async function createPortrait(api: ApiClient, input: PortraitInput): Promise<PortraitVersioned> {
  return versioned(await api.POST('/api/v1/portraits', { body: input }));
}

export type UpdatePortraitVariables = { id: string; etag: string; input: PortraitInput };

/** Replaces the portrait with If-Match: 412 when somebody saved since that version. */
export async function updatePortrait(api: ApiClient, { id, etag, input }: UpdatePortraitVariables): Promise<PortraitVersioned> {
  return versioned(
    await api.PUT('/api/v1/portraits/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: input }),
  );
}

export type TransitionPortraitVariables = { id: string; etag: string; to: PortraitStatus };

/** Publishes the portrait or takes it back to draft, for the version shown (412 when it changed since). */
export async function transitionPortrait(
  api: ApiClient,
  { id, etag, to }: TransitionPortraitVariables,
): Promise<PortraitVersioned> {
  return versioned(
    await api.POST('/api/v1/portraits/{id}/transitions', {
      params: { path: { id }, header: { 'If-Match': etag } },
      body: { to },
    }),
  );
}

/** The saved portrait is cached for its editor; every list and page of portraits is read anew. */
const afterSave = {
  onSuccess: (queryClient: QueryClient, saved: PortraitVersioned) => {
    queryClient.setQueryData(editablePortraitQueryKey(saved.portrait.id), saved);
    void queryClient.invalidateQueries({ queryKey: PORTRAITS_KEY, predicate: (query) => query.queryKey[1] !== 'edit' });
  },
};

export function useCreatePortrait() {
  return useApiMutation(createPortrait, afterSave);
}

export function useUpdatePortrait() {
  return useApiMutation(updatePortrait, afterSave);
}

export function useTransitionPortrait() {
  return useApiMutation(transitionPortrait, afterSave);
}
