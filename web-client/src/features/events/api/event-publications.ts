import { keepPreviousData, type QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api/client';
import { answerEtag } from '@/lib/api/etag';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiMutation, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { EVENTS_KEY, type EventType } from './public-events';

export type OutreachEvent = components['schemas']['MetricEventDetail'];
export type EventPublication = components['schemas']['EventPublication'];
export type EventPublicationInput = components['schemas']['EventPublicationInput'];
export type RegistrationDetail = components['schemas']['RegistrationDetail'];
/** A publication with the ETag to send as If-Match ("0" before the event was ever published). */
export type PublicationVersioned = { publication: EventPublication; etag: string };

/** Staff views of the calendar live under this key, apart from what visitors read. */
export const STAFF_EVENTS_KEY = ['event-publications'] as const;

export type OutreachEventsParams = { page: number; size: number; from?: string; to?: string; type?: EventType };

/** The events of the outreach figures (all of them, public or not), earliest first. */
export async function getOutreachEvents(api: ApiClient, { page, size, from, to, type }: OutreachEventsParams) {
  return unwrap(
    await api.GET('/api/v1/metric-events', {
      params: { query: { page, size, ...(from ? { from } : {}), ...(to ? { to } : {}), ...(type ? { type } : {}) } },
      headers: { Accept: 'application/json' },
    }),
  );
}

const outreachEventsQueryOptions = endpointQuery(
  (params: OutreachEventsParams) => [...STAFF_EVENTS_KEY, 'events', params],
  getOutreachEvents,
);

export function useOutreachEvents(params: OutreachEventsParams) {
  return useApiQuery((api) => ({ ...outreachEventsQueryOptions(api, params), placeholderData: keepPreviousData }));
}

export async function getOutreachEvent(api: ApiClient, id: string): Promise<OutreachEvent> {
  return unwrap(await api.GET('/api/v1/metric-events/{id}', { params: { path: { id } } }));
}

const outreachEventQueryOptions = endpointQuery((id: string) => [...STAFF_EVENTS_KEY, 'event', id], getOutreachEvent);

export function useOutreachEvent(id: string) {
  return useApiQuery((api) => outreachEventQueryOptions(api, id));
}

export async function getPublication(api: ApiClient, eventId: string): Promise<PublicationVersioned> {
  const result = await api.GET('/api/v1/event-publications/{eventId}', { params: { path: { eventId } } });
  const publication = unwrap(result);
  return { publication, etag: answerEtag(result.response, publication.version) };
}

export const getPublicationQueryOptions = endpointQuery(
  (eventId: string) => [...STAFF_EVENTS_KEY, 'publication', eventId],
  getPublication,
);

export function usePublication(eventId: string) {
  return useApiQuery((api) => getPublicationQueryOptions(api, eventId));
}

export type SavePublicationVariables = { eventId: string; etag: string; input: EventPublicationInput };

/** Publishes the event or changes its public details with If-Match (412 when somebody saved since). */
export async function savePublication(
  api: ApiClient,
  { eventId, etag, input }: SavePublicationVariables,
): Promise<PublicationVersioned> {
  const result = await api.PUT('/api/v1/event-publications/{eventId}', {
    params: { path: { eventId }, header: { 'If-Match': etag } },
    body: input,
  });
  const publication = unwrap(result);
  return { publication, etag: answerEtag(result.response, publication.version) };
}

export function useSavePublication() {
  return useApiMutation(savePublication, {
    onSuccess: (queryClient: QueryClient, saved: PublicationVersioned) => {
      queryClient.setQueryData([...STAFF_EVENTS_KEY, 'publication', saved.publication.eventId], saved);
      // Raising the capacity moves people up; the public calendar shows the new details.
      void queryClient.invalidateQueries({ queryKey: [...STAFF_EVENTS_KEY, 'registrations', saved.publication.eventId] });
      void queryClient.invalidateQueries({ queryKey: EVENTS_KEY });
    },
  });
}

export async function getRegistrations(api: ApiClient, eventId: string, page: number) {
  return unwrap(
    await api.GET('/api/v1/public-events/{id}/registrations', { params: { path: { id: eventId }, query: { page, size: 50 } } }),
  );
}

const registrationsQueryOptions = endpointQuery(
  (eventId: string, page: number) => [...STAFF_EVENTS_KEY, 'registrations', eventId, page],
  getRegistrations,
);

/** The registrations of a public event, confirmed first, then the waiting list in order, then cancelled ones. */
export function useRegistrations(eventId: string, page: number, { enabled }: { enabled: boolean }) {
  return useApiQuery((api) => ({ ...registrationsQueryOptions(api, eventId, page), placeholderData: keepPreviousData }), {
    enabled,
  });
}
