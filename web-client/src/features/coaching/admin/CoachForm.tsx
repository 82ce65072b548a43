import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useExpertiseTopics } from '@/api/get-expertise-topics';
import type { CoachProfile, GermanState } from '@/api/get-coaches';
import { CheckboxGroup } from '@/components/form/CheckboxGroup';
import { EntityForm } from '@/components/form/EntityForm';
import { TextAreaField, TextField } from '@/components/form/FormField';
import { useEntityForm } from '@/components/form/use-entity-form';
import { useApiClient } from '@/lib/api/api-context';
import { GERMAN_STATES } from '@/lib/enums';
import { useStateName } from '@/lib/use-state-name';
import {
  getCoachVersionQueryOptions,
  useCreateCoach,
  useUpdateCoach,
  type CoachInput,
  type CoachVersion,
} from '../api/manage-coaches';

const FIELDS = ['name', 'bio', 'topics', 'regions', 'languages', 'email', 'phone', 'subject'] as const;
type CoachField = (typeof FIELDS)[number];
type CoachFormValues = {
  name: string;
  bio: string;
  topics: string[];
  regions: GermanState[];
  languages: string;
  email: string;
  phone: string;
  subject: string;
};
const fieldId = (field: CoachField) => `coach-${field}`;

function toValues(coach: CoachProfile): CoachFormValues {
  return {
    name: coach.name,
    bio: coach.bio ?? '',
    topics: coach.topics,
    regions: coach.regions,
    languages: coach.languages.join(', '),
    email: coach.contact?.email ?? '',
    phone: coach.contact?.phone ?? '',
    subject: coach.subject ?? '',
  };
}

const EMPTY: CoachFormValues = { name: '', bio: '', topics: [], regions: [], languages: 'de', email: '', phone: '', subject: '' };
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function toCoachInput(values: CoachFormValues): CoachInput {
  return {
    name: values.name.trim(),
    bio: orNull(values.bio),
    topics: values.topics,
    regions: values.regions,
    languages: values.languages
      .split(/[\s,;]+/)
      .map((code) => code.trim().toLowerCase())
      .filter(Boolean),
    email: orNull(values.email),
    phone: orNull(values.phone),
    subject: orNull(values.subject),
  };
}

/** Adds a coach or replaces a profile with If-Match (412: keep the input, offer the latest version). */
export function CoachForm({ initial, onSaved }: { initial?: CoachVersion; onSaved: (coach: CoachProfile) => void }) {
  const { t, i18n } = useTranslation(['coaching', 'common']);
  const stateName = useStateName();
  const api = useApiClient();
  const queryClient = useQueryClient();
  const topics = useExpertiseTopics();
  const create = useCreateCoach();
  const update = useUpdateCoach();
  const [base, setBase] = useState(initial);
  const isNew = base === undefined;
  const english = i18n.language.startsWith('en');

  const engine = useEntityForm<CoachFormValues, CoachField, CoachVersion>({
    defaultValues: initial ? toValues(initial.coach) : EMPTY,
    schema: z.looseObject({
      name: z.string().refine((text) => text.trim() !== '', t('coaching:admin.required')),
      topics: z.array(z.string()).min(1, t('coaching:admin.coaches.topicRequired')),
    }),
    fields: FIELDS,
    mutation: isNew ? create : update,
    save: (values, callbacks) => {
      if (base) update.mutate({ id: base.coach.id, etag: base.etag, input: toCoachInput(values) }, callbacks);
      else create.mutate(toCoachInput(values), callbacks);
    },
    onSaved: (saved) => {
      setBase(saved);
      onSaved(saved.coach);
      return toValues(saved.coach);
    },
    reload: base
      ? async () => {
          const fresh = await queryClient.fetchQuery({ ...getCoachVersionQueryOptions(api, base.coach.id), staleTime: 0 });
          setBase(fresh);
          return toValues(fresh.coach);
        }
      : undefined,
  });
  const { values, errors } = engine;
  const label = (field: CoachField) => t(`coaching:admin.coaches.fields.${field}`);
  const text = (field: 'name' | 'bio' | 'languages' | 'email' | 'phone' | 'subject') => ({
    id: fieldId(field),
    label: label(field),
    error: errors[field],
    value: values[field],
    onChange: (value: string) => engine.change({ [field]: value }),
  });

  return (
    <EntityForm
      engine={engine}
      label={isNew ? t('coaching:admin.coaches.createTitle') : t('coaching:admin.coaches.editTitle', { name: base.coach.name })}
      texts="coaching:admin.form"
      titleIds={{ conflict: 'coach-conflict-title', summary: 'coach-summary-title' }}
      labelOf={label}
      focusTarget={(field) =>
        field === 'topics'
          ? `${fieldId(field)}-${topics.data?.[0]?.key ?? ''}`
          : field === 'regions'
            ? `${fieldId(field)}-${GERMAN_STATES[0]}`
            : fieldId(field)
      }
      messages={{ 409: t('coaching:admin.coaches.subjectTaken') }}
      submitLabel={isNew ? t('coaching:admin.coaches.create') : t('common:form.save')}
    >
      <TextField {...text('name')} required maxLength={200} />
      <TextAreaField {...text('bio')} rows={3} maxLength={2000} />
      <CheckboxGroup
        id={fieldId('topics')}
        legend={label('topics')}
        options={(topics.data ?? []).map((topic) => ({ value: topic.key, label: english ? topic.nameEn : topic.nameDe }))}
        selected={values.topics}
        onChange={(next) => engine.change({ topics: next })}
        error={errors.topics}
      />
      <CheckboxGroup
        id={fieldId('regions')}
        legend={label('regions')}
        options={GERMAN_STATES.map((state) => ({ value: state, label: stateName(state) }))}
        selected={values.regions}
        onChange={(next) => engine.change({ regions: next as GermanState[] })}
        error={errors.regions}
      />
      <TextField {...text('languages')} className="input--short" hint={t('coaching:admin.coaches.hints.languages')} />
      <TextField {...text('email')} type="email" autoComplete="off" maxLength={254} />
      <TextField {...text('phone')} type="tel" autoComplete="off" maxLength={40} />
      <TextField {...text('subject')} maxLength={255} hint={t('coaching:admin.coaches.hints.subject')} />
    </EntityForm>
  );
}
