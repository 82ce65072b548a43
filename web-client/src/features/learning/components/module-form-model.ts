import { z } from 'zod';
import type { Violation } from '@/lib/api/problem';
import { violationsByField } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import type { Submarket } from '@/lib/enums';
import { SECTIONS } from '@/lib/concept-sections';
import type { LearningModuleDetail } from '../api/get-learning-module';
import type { Licence, ModuleFormat, ModuleLevel } from '../api/get-learning-modules';
import type { LearningModuleInput } from '../api/save-module';

export type ModuleAuthor = components['schemas']['ModuleAuthor'];
export type Visibility = components['schemas']['Visibility'];

export type ModuleFormValues = {
  title: string;
  summary: string;
  bodyMarkdown: string;
  format: ModuleFormat;
  topics: string[];
  submarkets: Submarket[];
  level: ModuleLevel;
  /** As typed; checked to be a whole number of minutes before saving. */
  estimatedMinutes: string;
  licence: Licence;
  visibility: Visibility;
  authors: ModuleAuthor[];
  conceptId: string;
  section: string;
};

/** The fields a violation can name, and the ids of their controls. */
export const MODULE_FIELDS = [
  'title',
  'summary',
  'bodyMarkdown',
  'format',
  'topics',
  'submarkets',
  'level',
  'estimatedMinutes',
  'licence',
  'visibility',
  'authors',
  'conceptId',
  'section',
] as const;
export type ModuleField = (typeof MODULE_FIELDS)[number];
export type FieldErrors = Partial<Record<ModuleField, string>>;

export const fieldId = (field: ModuleField) => `module-${field}`;

export const MAX_MINUTES = 6000;

/** A new module: article for beginners under CC BY-SA 4.0, public; the given authors (the caller, when known). */
export function emptyValues(authors: ModuleAuthor[] = []): ModuleFormValues {
  return {
    title: '',
    summary: '',
    bodyMarkdown: '',
    format: 'ARTICLE',
    topics: [],
    submarkets: [],
    level: 'BEGINNER',
    estimatedMinutes: '15',
    licence: 'CC_BY_SA_4_0',
    visibility: 'PUBLIC',
    authors,
    conceptId: '',
    section: '',
  };
}

export function toFormValues(module: LearningModuleDetail): ModuleFormValues {
  return {
    title: module.title,
    summary: module.summary,
    bodyMarkdown: module.bodyMarkdown,
    format: module.format,
    topics: [...module.topics],
    submarkets: [...module.submarkets],
    level: module.level,
    estimatedMinutes: String(module.estimatedMinutes),
    licence: module.licence,
    visibility: module.visibility,
    authors: [...module.authors],
    conceptId: module.provenance?.conceptId ?? '',
    section: sectionKey(module.provenance?.section),
  };
}

/** A section as the select offers it: by key (FINANCING), also when it was stored by field name (financing). */
function sectionKey(section: string | null | undefined): string {
  if (!section) return '';
  return SECTIONS.find((candidate) => candidate.key === section.toUpperCase() || candidate.field === section)?.key ?? section;
}

/**
 * The request body. Without authors the API makes the calling coach or partner organisation the author
 * (on create) or keeps the authors (on update).
 */
export function toInput(values: ModuleFormValues): LearningModuleInput {
  return {
    title: values.title.trim(),
    summary: values.summary.trim(),
    bodyMarkdown: values.bodyMarkdown,
    format: values.format,
    topics: values.topics,
    submarkets: values.submarkets,
    level: values.level,
    estimatedMinutes: Number(values.estimatedMinutes.trim()),
    licence: values.licence,
    visibility: values.visibility,
    ...(values.authors.length > 0
      ? {
          authors: values.authors.map((author) =>
            author.kind === 'COACH' ? { coachId: author.id } : { organisationId: author.id },
          ),
        }
      : {}),
    provenance: values.conceptId ? { conceptId: values.conceptId, ...(values.section ? { section: values.section } : {}) } : null,
  };
}

export type ValidationMessages = {
  required: string;
  topicsRequired: string;
  minutes: string;
  authorsRequired: string;
};

const filled = (value: string) => value.trim() !== '';
const wholeMinutes = (value: string) => {
  const minutes = value.trim();
  return /^\d+$/.test(minutes) && Number(minutes) >= 1 && Number(minutes) <= MAX_MINUTES;
};

/** What the client can tell before sending: required fields, the reading time's range, authors when editing. */
export function moduleSchema(messages: ValidationMessages, { requireAuthors }: { requireAuthors: boolean }) {
  return z.looseObject({
    title: z.string().refine(filled, messages.required),
    summary: z.string().refine(filled, messages.required),
    topics: z.array(z.string()).min(1, messages.topicsRequired),
    estimatedMinutes: z.string().refine(wholeMinutes, messages.minutes),
    authors: z.array(z.unknown()).min(requireAuthors ? 1 : 0, messages.authorsRequired),
  });
}

/**
 * Sorts the API's violations to the fields: "create.input.title", "topics", "authors[1].coachId",
 * "provenance.conceptId", "provenance.section". A bare "provenance" goes to the concept.
 */
export function violationsByModuleField(violations: Violation[]): { byField: FieldErrors; other: Violation[] } {
  const renamed = violations.map((violation) =>
    violation.field && /(^|\.)provenance$/.test(violation.field)
      ? { ...violation, field: `${violation.field}.conceptId` }
      : violation,
  );
  return violationsByField(renamed, MODULE_FIELDS);
}
