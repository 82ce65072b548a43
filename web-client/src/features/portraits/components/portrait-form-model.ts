import { z } from 'zod';
import type { GermanState, Submarket } from '@/lib/enums';
import type { PortraitDetail } from '../api/get-portrait';
import type { PortraitInput } from '../api/save-portrait';

export type PhotoValues = { url: string; alt: string; credit: string };

export type PortraitFormValues = {
  title: string;
  teaser: string;
  interviewMarkdown: string;
  videoUrl: string;
  transcript: string;
  photos: PhotoValues[];
  town: string;
  state: GermanState | '';
  submarkets: Submarket[];
  organisationId: string;
  /** As typed: words separated by spaces or commas, with or without #. */
  tags: string;
};

/** The fields a violation can name, in the order the form shows them; also the ids of their controls. */
export const PORTRAIT_FIELDS = [
  'title',
  'teaser',
  'interviewMarkdown',
  'videoUrl',
  'transcript',
  'photos',
  'town',
  'state',
  'submarkets',
  'organisationId',
  'tags',
] as const;
export type PortraitField = (typeof PORTRAIT_FIELDS)[number];

export const fieldId = (field: PortraitField) => `portrait-${field}`;

export const emptyPortrait: PortraitFormValues = {
  title: '',
  teaser: '',
  interviewMarkdown: '',
  videoUrl: '',
  transcript: '',
  photos: [],
  town: '',
  state: '',
  submarkets: [],
  organisationId: '',
  tags: '#flächenglühen',
};

export function toFormValues(portrait: PortraitDetail): PortraitFormValues {
  return {
    title: portrait.title,
    teaser: portrait.teaser,
    interviewMarkdown: portrait.interviewMarkdown ?? '',
    videoUrl: portrait.videoUrl ?? '',
    transcript: portrait.transcript ?? '',
    photos: portrait.photos.map((photo) => ({ ...photo })),
    town: portrait.town,
    state: portrait.state,
    submarkets: [...portrait.submarkets],
    organisationId: portrait.organisationId ?? '',
    tags: portrait.tags.join(' '),
  };
}

/** The tags as the API takes them: one word each, split at spaces and commas. */
export function splitTags(tags: string): string[] {
  return tags
    .split(/[\s,]+/)
    .map((tag) => tag.trim())
    .filter(Boolean);
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

export function toInput(values: PortraitFormValues): PortraitInput {
  return {
    title: values.title.trim(),
    teaser: values.teaser.trim(),
    interviewMarkdown: orNull(values.interviewMarkdown),
    videoUrl: orNull(values.videoUrl),
    transcript: orNull(values.transcript),
    photos: values.photos.map((photo) => ({ url: photo.url.trim(), alt: photo.alt.trim(), credit: photo.credit.trim() })),
    town: values.town.trim(),
    state: values.state as GermanState,
    submarkets: values.submarkets,
    organisationId: orNull(values.organisationId),
    tags: splitTags(values.tags),
  };
}

/**
 * What the client checks before sending: the required fields, an interview or a video, a transcript with a
 * video. Every other rule (lengths, URLs, tag words, the organisation) is the API's.
 */
export function portraitSchema(messages: { required: string; interviewOrVideo: string; transcript: string }) {
  const required = z.string().trim().min(1, messages.required);
  return z.looseObject({ title: required, teaser: required, town: required, state: required }).superRefine((values, context) => {
    const v = values as unknown as PortraitFormValues;
    if (!v.interviewMarkdown.trim() && !v.videoUrl.trim()) {
      context.addIssue({ code: 'custom', path: ['interviewMarkdown'], message: messages.interviewOrVideo });
    }
    if (v.videoUrl.trim() && !v.transcript.trim()) {
      context.addIssue({ code: 'custom', path: ['transcript'], message: messages.transcript });
    }
  });
}
