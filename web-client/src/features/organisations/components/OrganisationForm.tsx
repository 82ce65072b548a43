import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '@/components/form/CheckboxGroup';
import { EntityForm } from '@/components/form/EntityForm';
import { useEntityForm } from '@/components/form/use-entity-form';
import { useApiClient } from '@/lib/api/api-context';
import { EXPERTISE_TOPICS, GERMAN_STATES, isExpertiseTopic, ORGANISATION_KINDS, SETTLEMENT_TYPES, SUBMARKETS } from '@/lib/enums';
import { useStateName } from '@/lib/use-state-name';
import { getOrganisationQueryOptions, type OrganisationVersion } from '../api/get-organisation';
import { useUpdateOrganisation } from '../api/update-organisation';
import { SelectField, TextAreaField, TextField } from '@/components/form/FormField';
import {
  ORGANISATION_FIELDS,
  organisationSchema,
  toFormValues,
  toInput,
  type OrganisationField,
  type OrganisationFormValues,
} from './organisation-form-model';

const fieldId = (field: OrganisationField) => `org-${field}`;

/** Where an error summary entry leads: checkbox groups to their first box. */
function focusTarget(field: OrganisationField): string {
  if (field === 'submarkets') return `${fieldId(field)}-${SUBMARKETS[0]}`;
  if (field === 'requestedTopics') return `${fieldId(field)}-${EXPERTISE_TOPICS[0]}`;
  return fieldId(field);
}

type OrganisationFormProps = {
  organisationId: string;
  /** The version the form starts from; later server versions replace it only on save or on request. */
  initial: OrganisationVersion;
};

/**
 * Edits every field of an organisation. Saves with If-Match (the ETag of the version the input is based
 * on); on 412 it keeps the input and offers to load the latest version, on 400 it shows each violation
 * at its field and in a summary.
 */
export function OrganisationForm({ organisationId, initial }: OrganisationFormProps) {
  const { t } = useTranslation(['organisations', 'common']);
  const stateName = useStateName();
  const api = useApiClient();
  const queryClient = useQueryClient();
  const update = useUpdateOrganisation();
  const [base, setBase] = useState(initial);

  const engine = useEntityForm({
    defaultValues: toFormValues(initial.organisation),
    schema: organisationSchema(t('common:form.notANumber')),
    fields: ORGANISATION_FIELDS,
    mutation: update,
    save: (values, callbacks) =>
      update.mutate({ id: organisationId, etag: base.etag, input: toInput(values, base.organisation.programmeRole) }, callbacks),
    onSaved: (saved: OrganisationVersion) => {
      setBase(saved);
      return toFormValues(saved.organisation);
    },
    reload: async () => {
      const fresh = await queryClient.fetchQuery({ ...getOrganisationQueryOptions(api, organisationId), staleTime: 0 });
      setBase(fresh);
      return toFormValues(fresh.organisation);
    },
  });
  const { values, errors } = engine;

  const set =
    <K extends keyof OrganisationFormValues>(field: K) =>
    (value: OrganisationFormValues[K]) =>
      engine.change({ [field]: value } as Partial<OrganisationFormValues>);

  const label = (field: OrganisationField) => t(`organisations:fields.${field}`);
  /** The props of a text or select field; a select's options are the field's values, so its text is one of them. */
  const common = (field: OrganisationField & keyof OrganisationFormValues) => ({
    id: fieldId(field),
    label: label(field),
    error: errors[field],
    value: values[field] as string,
    onChange: (value: string) => engine.change({ [field]: value }),
  });
  const topicOptions = [
    ...EXPERTISE_TOPICS.map((value) => ({ value: value as string, label: t(`common:topics.${value}`) })),
    // Keys the form does not know (yet) stay as they are.
    ...values.requestedTopics.filter((topic) => !isExpertiseTopic(topic)).map((value) => ({ value, label: value })),
  ];
  const programmeRole = base.organisation.programmeRole;

  return (
    <EntityForm
      engine={engine}
      label={t('organisations:form.label')}
      texts="organisations:form"
      titleIds={{ conflict: 'conflict-title', summary: 'error-summary-title' }}
      labelOf={label}
      focusTarget={focusTarget}
      submitLabel={t('common:form.save')}
    >
      <section className="form__section" aria-labelledby="org-basics">
        <h2 id="org-basics">{t('organisations:form.basics')}</h2>
        <TextField {...common('name')} required maxLength={200} />
        <TextField {...common('legalForm')} className="input--short" maxLength={60} hint={t('organisations:hints.legalForm')} />
        <SelectField
          {...common('kind')}
          required
          options={ORGANISATION_KINDS.map((value) => ({ value, label: t(`common:kinds.${value}`) }))}
        />
        <CheckboxGroup
          id={fieldId('submarkets')}
          legend={label('submarkets')}
          options={SUBMARKETS.map((value) => ({ value, label: t(`common:submarkets.${value}`) }))}
          selected={values.submarkets}
          onChange={set('submarkets')}
          error={errors.submarkets}
        />
        <TextAreaField {...common('summary')} rows={3} maxLength={500} hint={t('organisations:hints.summary')} />
        <TextAreaField {...common('description')} rows={8} maxLength={20000} />
        <TextField {...common('website')} type="url" autoComplete="url" maxLength={500} hint={t('organisations:hints.website')} />
        <TextField {...common('foundingYear')} className="input--short" inputMode="numeric" />
        <TextField
          {...common('teamSize')}
          className="input--short"
          inputMode="numeric"
          hint={t('organisations:hints.teamSize')}
        />
      </section>

      <section className="form__section" aria-labelledby="org-location">
        <h2 id="org-location">{t('organisations:form.location')}</h2>
        <TextField {...common('street')} autoComplete="street-address" maxLength={200} />
        <TextField
          {...common('postalCode')}
          className="input--short"
          inputMode="numeric"
          autoComplete="postal-code"
          hint={t('organisations:hints.postalCode')}
        />
        <TextField {...common('town')} required maxLength={120} />
        <TextField {...common('municipality')} maxLength={120} />
        <TextField {...common('district')} maxLength={120} />
        <SelectField {...common('state')} required options={GERMAN_STATES.map((value) => ({ value, label: stateName(value) }))} />
        <SelectField
          {...common('settlementType')}
          emptyOption={t('common:form.none')}
          options={SETTLEMENT_TYPES.map((value) => ({ value, label: t(`common:settlementTypes.${value}`) }))}
        />
        <TextField
          {...common('latitude')}
          className="input--short"
          inputMode="decimal"
          hint={t('organisations:hints.latitude')}
        />
        <TextField
          {...common('longitude')}
          className="input--short"
          inputMode="decimal"
          hint={t('organisations:hints.longitude')}
        />
      </section>

      <section className="form__section" aria-labelledby="org-programme">
        <h2 id="org-programme">{t('organisations:form.programme')}</h2>
        <TextField
          id={fieldId('programmeRole')}
          label={label('programmeRole')}
          readOnly
          hint={t('organisations:hints.programmeRole')}
          error={errors.programmeRole}
          value={programmeRole ? t(`common:programmeRoles.${programmeRole}`) : t('organisations:noRole')}
          onChange={() => undefined}
        />
        <CheckboxGroup
          id={fieldId('requestedTopics')}
          legend={label('requestedTopics')}
          hint={t('organisations:hints.requestedTopics')}
          options={topicOptions}
          selected={values.requestedTopics}
          onChange={set('requestedTopics')}
          error={errors.requestedTopics}
        />
      </section>
    </EntityForm>
  );
}
