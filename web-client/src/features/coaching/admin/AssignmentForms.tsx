import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useCoaches } from '@/api/get-coaches';
import { EntityForm } from '@/components/form/EntityForm';
import { SelectField, TextField } from '@/components/form/FormField';
import { useEntityForm } from '@/components/form/use-entity-form';
import { useApiClient } from '@/lib/api/api-context';
import { useTopicName } from '@/lib/use-topic-name';
import type { CoachingAssignment } from '../api/get-coaching-assignments';
import {
  getAssignmentVersionQueryOptions,
  useCreateAssignment,
  useUpdateAssignmentBudget,
  type AssignmentVersion,
} from '../api/manage-assignments';
import { OrganisationPicker } from '@/components/OrganisationPicker';

const hours = (text: string) => Number(text.trim().replace(',', '.'));

function budgetSchema(messages: { required: string; notANumber: string }) {
  return z
    .string()
    .refine((text) => text.trim() !== '', messages.required)
    .refine((text) => text.trim() === '' || Number.isFinite(hours(text)), messages.notANumber);
}

const NEW_FIELDS = ['coachId', 'organisationId', 'topic', 'hourBudget'] as const;
type NewField = (typeof NEW_FIELDS)[number];
type NewValues = { coachId: string; organisationId: string; topic: string; hourBudget: string };

/** Assigns a coach to an organisation for one of the coach's topics with an hour budget. */
export function NewAssignmentForm({ onSaved }: { onSaved: (assignment: CoachingAssignment) => void }) {
  const { t } = useTranslation(['coaching', 'common']);
  const topicName = useTopicName();
  const coaches = useCoaches({ page: 0, size: 100 });
  const create = useCreateAssignment();
  const required = t('coaching:admin.required');
  const engine = useEntityForm<NewValues, NewField, AssignmentVersion>({
    defaultValues: { coachId: '', organisationId: '', topic: '', hourBudget: '' },
    schema: z.looseObject({
      coachId: z.string().min(1, required),
      organisationId: z.string().min(1, required),
      topic: z.string().min(1, required),
      hourBudget: budgetSchema({ required, notANumber: t('common:form.notANumber') }),
    }),
    fields: NEW_FIELDS,
    mutation: create,
    save: (values, callbacks) => create.mutate({ ...values, hourBudget: hours(values.hourBudget) }, callbacks),
    onSaved: (saved) => void onSaved(saved.assignment),
  });
  const { values, errors } = engine;
  const label = (field: NewField) => t(`coaching:admin.assignments.fields.${field}`);
  const coach = coaches.data?.items.find((candidate) => candidate.id === values.coachId);
  const id = (field: NewField) => `assignment-${field}`;

  return (
    <EntityForm
      engine={engine}
      label={t('coaching:admin.assignments.createTitle')}
      texts="coaching:admin.form"
      titleIds={{ conflict: 'assignment-conflict-title', summary: 'assignment-summary-title' }}
      labelOf={label}
      focusTarget={id}
      messages={{ 409: t('coaching:admin.assignments.duplicate') }}
      submitLabel={t('coaching:admin.assignments.create')}
    >
      <SelectField
        id={id('coachId')}
        label={label('coachId')}
        required
        value={values.coachId}
        error={errors.coachId}
        emptyOption={t('coaching:admin.choose')}
        options={(coaches.data?.items ?? []).map((item) => ({ value: item.id, label: item.name }))}
        onChange={(coachId) => engine.change({ coachId, topic: '' })}
      />
      <OrganisationPicker
        id={id('organisationId')}
        label={label('organisationId')}
        required
        value={values.organisationId}
        error={errors.organisationId}
        emptyOption={t('coaching:admin.choose')}
        onChange={(organisationId) => engine.change({ organisationId })}
      />
      <SelectField
        id={id('topic')}
        label={label('topic')}
        required
        hint={t('coaching:admin.assignments.topicHint')}
        value={values.topic}
        error={errors.topic}
        emptyOption={t('coaching:admin.choose')}
        options={(coach?.topics ?? []).map((topic) => ({ value: topic, label: topicName(topic) }))}
        onChange={(topic) => engine.change({ topic })}
      />
      <TextField
        id={id('hourBudget')}
        label={label('hourBudget')}
        required
        className="input--short"
        inputMode="decimal"
        value={values.hourBudget}
        error={errors.hourBudget}
        onChange={(hourBudget) => engine.change({ hourBudget })}
      />
    </EntityForm>
  );
}

type BudgetField = 'hourBudget';

/** Changes an assignment's hour budget with If-Match (412: keep the input, offer the latest version). */
export function BudgetForm({
  initial,
  onSaved,
}: {
  initial: AssignmentVersion;
  onSaved: (assignment: CoachingAssignment) => void;
}) {
  const { t } = useTranslation(['coaching', 'common']);
  const api = useApiClient();
  const queryClient = useQueryClient();
  const update = useUpdateAssignmentBudget();
  const [base, setBase] = useState(initial);
  const engine = useEntityForm<{ hourBudget: string }, BudgetField, AssignmentVersion>({
    defaultValues: { hourBudget: String(initial.assignment.hourBudget) },
    schema: z.looseObject({
      hourBudget: budgetSchema({ required: t('coaching:admin.required'), notANumber: t('common:form.notANumber') }),
    }),
    fields: ['hourBudget'],
    mutation: update,
    save: (values, callbacks) =>
      update.mutate({ id: base.assignment.id, etag: base.etag, hourBudget: hours(values.hourBudget) }, callbacks),
    onSaved: (saved) => {
      setBase(saved);
      onSaved(saved.assignment);
      return { hourBudget: String(saved.assignment.hourBudget) };
    },
    reload: async () => {
      const fresh = await queryClient.fetchQuery({ ...getAssignmentVersionQueryOptions(api, base.assignment.id), staleTime: 0 });
      setBase(fresh);
      return { hourBudget: String(fresh.assignment.hourBudget) };
    },
  });
  const label = () => t('coaching:admin.assignments.fields.hourBudget');
  return (
    <EntityForm
      engine={engine}
      label={t('coaching:admin.assignments.editTitle', { organisation: base.assignment.organisation.name })}
      texts="coaching:admin.form"
      titleIds={{ conflict: 'budget-conflict-title', summary: 'budget-summary-title' }}
      labelOf={label}
      focusTarget={() => 'assignment-budget'}
      submitLabel={t('common:form.save')}
    >
      <p>
        {t('coaching:admin.assignments.usedSoFar', {
          coach: base.assignment.coach.name,
          hours: base.assignment.hoursUsed,
        })}
      </p>
      <TextField
        id="assignment-budget"
        label={label()}
        required
        className="input--short"
        inputMode="decimal"
        hint={t('coaching:admin.assignments.budgetHint')}
        value={engine.values.hourBudget}
        error={engine.errors.hourBudget}
        onChange={(hourBudget) => engine.change({ hourBudget })}
      />
    </EntityForm>
  );
}
