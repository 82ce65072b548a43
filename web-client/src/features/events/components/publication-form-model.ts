import { z } from 'zod';
import type { EventPublication, EventPublicationInput } from '../api/event-publications';

export type PublicationFormValues = {
  isPublic: boolean;
  description: string;
  startsAt: string;
  endsOn: string;
  venue: string;
  destination: string;
  country: string;
  partnerEvent: string;
  /** As typed; empty: no registration. */
  capacity: string;
  registrationOpen: boolean;
};

/** The fields a violation can name, in the order the form shows them. */
export const PUBLICATION_FIELDS = [
  'isPublic',
  'description',
  'startsAt',
  'endsOn',
  'venue',
  'destination',
  'country',
  'partnerEvent',
  'capacity',
  'registrationOpen',
] as const;
export type PublicationField = (typeof PUBLICATION_FIELDS)[number];

export const fieldId = (field: PublicationField) => `publication-${field}`;

export function toFormValues(p: EventPublication): PublicationFormValues {
  return {
    isPublic: p.isPublic,
    description: p.description ?? '',
    startsAt: p.startsAt ?? '',
    endsOn: p.endsOn ?? '',
    venue: p.venue ?? '',
    destination: p.destination ?? '',
    country: p.country ?? '',
    partnerEvent: p.partnerEvent ?? '',
    capacity: p.capacity == null ? '' : String(p.capacity),
    registrationOpen: p.registrationOpen,
  };
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

export function toInput(values: PublicationFormValues): EventPublicationInput {
  return {
    isPublic: values.isPublic,
    description: orNull(values.description),
    startsAt: orNull(values.startsAt),
    endsOn: orNull(values.endsOn),
    venue: orNull(values.venue),
    destination: orNull(values.destination),
    country: orNull(values.country)?.toUpperCase() ?? null,
    partnerEvent: orNull(values.partnerEvent),
    capacity: values.capacity.trim() ? Number(values.capacity.trim()) : null,
    registrationOpen: values.registrationOpen,
  };
}

/** The client checks only that a capacity is a whole number; the API checks everything else (range, time, country). */
export function publicationSchema(messages: { capacity: string }) {
  return z.looseObject({
    capacity: z.string().regex(/^\s*(\d+)?\s*$/, messages.capacity),
  });
}
