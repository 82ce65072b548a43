import { keepPreviousData } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiMutation, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';

export type PublicEventPage = components['schemas']['PagePublicEventDetail'];
export type PublicEvent = components['schemas']['PublicEventDetail'];
export type EventType = components['schemas']['EventType'];
export type Registration = components['schemas']['Registration'];
export type RegistrationInput = components['schemas']['RegistrationInput'];
export type EventsParams = { page: number; size: number; from?: string; to?: string; town?: string; type?: EventType };

/** Everything cached about the public calendar lives under this key. */
export const EVENTS_KEY = ['public-events'] as const;

export async function getPublicEvents(
  api: ApiClient,
  { page, size, from, to, town, type }: EventsParams,
): Promise<PublicEventPage> {
  return unwrap(
    await api.GET('/api/v1/public-events', {
      params: {
        query: {
          page,
          size,
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
          ...(town ? { town } : {}),
          ...(type ? { type } : {}),
        },
      },
    }),
  );
}

export const getPublicEventsQueryOptions = endpointQuery(
  (params: EventsParams) => [...EVENTS_KEY, 'list', params],
  getPublicEvents,
);

export function usePublicEvents(params: EventsParams) {
  return useApiQuery((api) => ({ ...getPublicEventsQueryOptions(api, params), placeholderData: keepPreviousData }));
}

export async function getPublicEvent(api: ApiClient, id: string): Promise<PublicEvent> {
  return unwrap(await api.GET('/api/v1/public-events/{id}', { params: { path: { id } } }));
}

export const getPublicEventQueryOptions = endpointQuery((id: string) => [...EVENTS_KEY, 'one', id], getPublicEvent);

export function usePublicEvent(id: string) {
  return useApiQuery((api) => getPublicEventQueryOptions(api, id));
}

export function useRegister(eventId: string) {
  return useApiMutation(
    async (api, input: RegistrationInput) =>
      unwrap(await api.POST('/api/v1/public-events/{id}/registrations', { params: { path: { id: eventId } }, body: input })),
    { invalidates: () => [[...EVENTS_KEY]] },
  );
}

export async function getRegistration(api: ApiClient, token: string): Promise<Registration> {
  return unwrap(await api.GET('/api/v1/event-registrations/{code}', { params: { path: { code: token } } }));
}

export const getRegistrationQueryOptions = endpointQuery(
  (token: string) => [...EVENTS_KEY, 'registration', token],
  getRegistration,
);

export function useRegistration(token: string) {
  return useApiQuery((api) => getRegistrationQueryOptions(api, token));
}

export function useCancelRegistration(token: string) {
  return useApiMutation(
    async (api, _none: void) =>
      unwrap(await api.POST('/api/v1/event-registrations/{code}/cancellation', { params: { path: { code: token } } })),
    { invalidates: () => [[...EVENTS_KEY]] },
  );
}

/** The API's base address, for links a calendar app or the browser follows itself. */
export function apiBase(): string {
  const config = (window as { __KREATIVLAND_CONFIG__?: { apiUrl?: string } }).__KREATIVLAND_CONFIG__;
  return (config?.apiUrl ?? '').replace(/\/+$/, '');
}

export function calendarUrl(params: { from?: string; to?: string; town?: string; type?: EventType }): string {
  const query = new URLSearchParams();
  Object.entries(params).forEach(([key, value]) => value && query.set(key, value));
  const search = query.toString();
  return `${apiBase()}/api/v1/public-events/calendar.ics${search ? `?${search}` : ''}`;
}
