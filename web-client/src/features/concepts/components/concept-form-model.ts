import type { Violation } from '@/lib/api/problem';
import type { Concept } from '../api/get-concept';
import type { ConceptChange } from '../api/update-concept';
import { TEXT_SECTIONS, type TextSectionField, type TransferStep } from '@/lib/concept-sections';

export type StepValues = { key: number; title: string; description: string; typicalDuration: string; topic: string };
export type ConceptFormValues = {
  title: string;
  texts: Record<TextSectionField, string>;
  steps: StepValues[];
};
export type StepProperty = 'title' | 'description' | 'typicalDuration' | 'topic';

/** Error messages by the id of the control they belong to. */
export type FieldErrors = Partial<Record<string, string>>;

export const TITLE_ID = 'concept-title';
export const PLAN_ID = 'concept-transfer-plan';
export const textId = (field: TextSectionField) => `concept-${field}`;
export const stepId = (index: number, property: StepProperty) => `concept-step-${index}-${property}`;

let nextKey = 1;
/** A stable React key for a step, so that reordering moves its inputs with it. */
export const newStepKey = () => nextKey++;

export function emptyStep(topic: string): StepValues {
  return { key: newStepKey(), title: '', description: '', typicalDuration: '', topic };
}

export function toFormValues(concept: Concept): ConceptFormValues {
  const texts = Object.fromEntries(TEXT_SECTIONS.map(({ field }) => [field, concept.sections[field] ?? ''])) as Record<
    TextSectionField,
    string
  >;
  const steps = (concept.sections.transferPlan ?? []).map((step: TransferStep) => ({
    key: newStepKey(),
    title: step.title,
    description: step.description ?? '',
    typicalDuration: step.typicalDuration ?? '',
    topic: step.topic,
  }));
  return { title: concept.title, texts, steps };
}

const optional = (value: string) => (value.trim() === '' ? null : value.trim());

/** The whole working copy; empty sections are left out (the API stores them as empty). */
export function toChange(values: ConceptFormValues): ConceptChange {
  const sections: ConceptChange['sections'] = {};
  for (const { field } of TEXT_SECTIONS) {
    const text = values.texts[field];
    if (text.trim()) sections[field] = text;
  }
  sections.transferPlan = values.steps.map((step) => ({
    title: step.title.trim(),
    description: optional(step.description),
    typicalDuration: optional(step.typicalDuration),
    topic: step.topic,
  }));
  return { title: values.title.trim(), sections };
}

const STEP_PROPERTIES: readonly StepProperty[] = ['title', 'description', 'typicalDuration', 'topic'];

/**
 * Sorts the API's violations to the controls: "title", "sections.financing" (with or without the method
 * and parameter in front) and "sections.transferPlan[2].title". The rest stays in `other`.
 */
export function violationsByControl(violations: Violation[]): { byId: FieldErrors; other: Violation[] } {
  const byId: FieldErrors = {};
  const other: Violation[] = [];
  const add = (id: string, message: string) => {
    byId[id] = byId[id] ? `${byId[id]} ${message}` : message;
  };
  for (const violation of violations) {
    const path = violation.field ?? '';
    const step = /transferPlan\[(\d+)\]\.?(\w+)?/.exec(path);
    if (step) {
      const property = STEP_PROPERTIES.find((candidate) => candidate === step[2]) ?? 'title';
      add(stepId(Number(step[1]), property), violation.message);
      continue;
    }
    const segments = path.split(/[./]/).reverse();
    const text = TEXT_SECTIONS.find(({ field }) => segments.includes(field));
    if (text) add(textId(text.field), violation.message);
    else if (segments.includes('transferPlan')) add(PLAN_ID, violation.message);
    else if (segments[0] === 'title') add(TITLE_ID, violation.message);
    else other.push(violation);
  }
  return { byId, other };
}
