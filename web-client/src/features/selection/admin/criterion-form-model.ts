import { z } from 'zod';
import type { Criterion } from '../api/get-criteria';
import type { CriterionInput, CriterionUpdateInput } from '../api/manage-criteria';

/** The fields of the criterion form in the order it shows them (the key only for a new criterion). */
export const CRITERION_FIELDS = [
  'key',
  'nameDe',
  'nameEn',
  'descriptionDe',
  'descriptionEn',
  'weight',
  'position',
  'active',
] as const;
export type CriterionField = (typeof CRITERION_FIELDS)[number];

/** Text as typed; weight and position are numbers only once sent. */
export type CriterionFormValues = {
  key: string;
  nameDe: string;
  nameEn: string;
  descriptionDe: string;
  descriptionEn: string;
  weight: string;
  position: string;
  active: boolean;
};

export const NEW_CRITERION: CriterionFormValues = {
  key: '',
  nameDe: '',
  nameEn: '',
  descriptionDe: '',
  descriptionEn: '',
  weight: '1',
  position: '',
  active: true,
};

export function toFormValues(criterion: Criterion): CriterionFormValues {
  return {
    key: criterion.key,
    nameDe: criterion.nameDe,
    nameEn: criterion.nameEn,
    descriptionDe: criterion.descriptionDe ?? '',
    descriptionEn: criterion.descriptionEn ?? '',
    weight: String(criterion.weight),
    position: String(criterion.position),
    active: criterion.active,
  };
}

/** German decimal commas are accepted as typed ("1,5"). */
export const decimal = (text: string) => Number(text.trim().replace(',', '.'));
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function toUpdateInput(values: CriterionFormValues): CriterionUpdateInput {
  return {
    nameDe: values.nameDe.trim(),
    nameEn: values.nameEn.trim(),
    descriptionDe: orNull(values.descriptionDe),
    descriptionEn: orNull(values.descriptionEn),
    weight: decimal(values.weight),
    position: Number(values.position.trim()),
    active: values.active,
  };
}

export function toCreateInput(values: CriterionFormValues): CriterionInput {
  return { key: values.key.trim(), ...toUpdateInput(values) };
}

/** What the client checks before sending: required fields and numbers; ranges and uniqueness are the API's. */
export function criterionSchema(messages: { required: string; notANumber: string; wholeNumber: string }, isNew: boolean) {
  const required = z.string().refine((text) => text.trim() !== '', messages.required);
  return z.looseObject({
    key: isNew ? required : z.string(),
    nameDe: required,
    nameEn: required,
    weight: required.refine((text) => text.trim() === '' || Number.isFinite(decimal(text)), messages.notANumber),
    position: required.refine((text) => text.trim() === '' || /^\d+$/.test(text.trim()), messages.wholeNumber),
  });
}
