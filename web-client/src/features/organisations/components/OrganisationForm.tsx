import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '@/components/CheckboxGroup';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useApiClient } from '@/lib/api/api-context';
import { ApiError, violationsByField } from '@/lib/api/problem';
import {
  EXPERTISE_TOPICS,
  GERMAN_STATES,
  isExpertiseTopic,
  ORGANISATION_KINDS,
  SETTLEMENT_TYPES,
  SUBMARKETS,
  type GermanState,
  type OrganisationKind,
  type SettlementType,
} from '@/lib/enums';
import { useStateName } from '@/lib/use-state-name';
import { getOrganisationQueryOptions, type OrganisationVersion } from '../api/get-organisation';
import { useUpdateOrganisation } from '../api/update-organisation';
import { SelectField, TextAreaField, TextField } from './FormField';
import {
  ORGANISATION_FIELDS,
  toFormValues,
  toInput,
  type FieldErrors,
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
  const [values, setValues] = useState<OrganisationFormValues>(() => toFormValues(initial.organisation));
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<'saved' | 'reloaded' | null>(null);
  const [reloadError, setReloadError] = useState<unknown>(null);
  const [reloading, setReloading] = useState(false);
  const conflictRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  const apiError = update.error instanceof ApiError ? update.error : undefined;
  const conflict = apiError?.status === 412;
  const server = apiError && !conflict ? violationsByField(apiError.violations, ORGANISATION_FIELDS) : undefined;
  const errors: FieldErrors = { ...server?.byField, ...clientErrors };
  const fieldsWithErrors = ORGANISATION_FIELDS.filter((field) => errors[field]);
  const otherViolations = server?.other ?? [];
  const showSummary = fieldsWithErrors.length > 0;

  // Move focus to what needs attention, so that keyboard and screen-reader users land on it.
  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);
  useEffect(() => {
    if (showSummary) summaryRef.current?.focus();
  }, [update.error, clientErrors, showSummary]);
  useEffect(() => {
    if (notice === 'reloaded') noticeRef.current?.focus();
  }, [notice]);

  const set =
    <K extends keyof OrganisationFormValues>(field: K) =>
    (value: OrganisationFormValues[K]) => {
      setValues((current) => ({ ...current, [field]: value }));
      setNotice(null);
    };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    const { input, errors: invalid } = toInput(values, base.organisation.programmeRole, t('common:form.notANumber'));
    setNotice(null);
    setClientErrors(invalid);
    if (Object.keys(invalid).length > 0) {
      update.reset();
      return;
    }
    update.mutate(
      { id: organisationId, etag: base.etag, input },
      {
        onSuccess: (saved) => {
          setBase(saved);
          setValues(toFormValues(saved.organisation));
          setNotice('saved');
        },
      },
    );
  };

  /** Discards the input and starts again from the server's current version. */
  const reload = async () => {
    setReloading(true);
    setReloadError(null);
    try {
      const fresh = await queryClient.fetchQuery({ ...getOrganisationQueryOptions(api, organisationId), staleTime: 0 });
      setBase(fresh);
      setValues(toFormValues(fresh.organisation));
      setClientErrors({});
      update.reset();
      setNotice('reloaded');
    } catch (error) {
      setReloadError(error);
    } finally {
      setReloading(false);
    }
  };

  const label = (field: OrganisationField) => t(`organisations:fields.${field}`);
  const common = (field: OrganisationField & keyof OrganisationFormValues) => ({
    id: fieldId(field),
    label: label(field),
    error: errors[field],
  });
  const topicOptions = [
    ...EXPERTISE_TOPICS.map((value) => ({ value: value as string, label: t(`common:topics.${value}`) })),
    // Keys the form does not know (yet) stay as they are.
    ...values.requestedTopics.filter((topic) => !isExpertiseTopic(topic)).map((value) => ({ value, label: value })),
  ];
  const programmeRole = base.organisation.programmeRole;

  return (
    <form className="form" aria-label={t('organisations:form.label')} noValidate onSubmit={submit}>
      {conflict && (
        <div
          ref={conflictRef}
          className="message message--error"
          role="alert"
          tabIndex={-1}
          aria-labelledby="conflict-title"
        >
          <p id="conflict-title" className="message__title">
            {t('organisations:form.conflictTitle')}
          </p>
          <p>{t('organisations:form.conflictText')}</p>
          <p>
            <button type="button" className="button" onClick={() => void reload()} disabled={reloading}>
              {t('organisations:form.reload')}
            </button>
          </p>
        </div>
      )}
      {reloadError != null && <ErrorMessage error={reloadError} />}
      {showSummary && (
        <div
          ref={summaryRef}
          className="message message--error error-summary"
          role="alert"
          tabIndex={-1}
          aria-labelledby="error-summary-title"
        >
          <p id="error-summary-title" className="message__title">
            {t('organisations:form.errorSummary')}
          </p>
          <ul>
            {fieldsWithErrors.map((field) => (
              <li key={field}>
                <a
                  href={`#${focusTarget(field)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(focusTarget(field))?.focus();
                  }}
                >
                  {label(field)}: {errors[field]}
                </a>
              </li>
            ))}
            {otherViolations.map((violation, index) => (
              <li key={`other-${index}`}>
                {violation.field ? `${violation.field}: ` : ''}
                {violation.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {update.isError && !conflict && !showSummary && <ErrorMessage error={update.error} />}

      <section className="form__section" aria-labelledby="org-basics">
        <h2 id="org-basics">{t('organisations:form.basics')}</h2>
        <TextField {...common('name')} required maxLength={200} value={values.name} onChange={set('name')} />
        <TextField
          {...common('legalForm')}
          className="input--short"
          maxLength={60}
          hint={t('organisations:hints.legalForm')}
          value={values.legalForm}
          onChange={set('legalForm')}
        />
        <SelectField
          {...common('kind')}
          required
          value={values.kind}
          onChange={(value) => set('kind')(value as OrganisationKind)}
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
        <TextAreaField
          {...common('summary')}
          rows={3}
          maxLength={500}
          hint={t('organisations:hints.summary')}
          value={values.summary}
          onChange={set('summary')}
        />
        <TextAreaField
          {...common('description')}
          rows={8}
          maxLength={20000}
          value={values.description}
          onChange={set('description')}
        />
        <TextField
          {...common('website')}
          type="url"
          autoComplete="url"
          maxLength={500}
          hint={t('organisations:hints.website')}
          value={values.website}
          onChange={set('website')}
        />
        <TextField
          {...common('foundingYear')}
          className="input--short"
          inputMode="numeric"
          value={values.foundingYear}
          onChange={set('foundingYear')}
        />
        <TextField
          {...common('teamSize')}
          className="input--short"
          inputMode="numeric"
          hint={t('organisations:hints.teamSize')}
          value={values.teamSize}
          onChange={set('teamSize')}
        />
      </section>

      <section className="form__section" aria-labelledby="org-location">
        <h2 id="org-location">{t('organisations:form.location')}</h2>
        <TextField
          {...common('street')}
          autoComplete="street-address"
          maxLength={200}
          value={values.street}
          onChange={set('street')}
        />
        <TextField
          {...common('postalCode')}
          className="input--short"
          inputMode="numeric"
          autoComplete="postal-code"
          hint={t('organisations:hints.postalCode')}
          value={values.postalCode}
          onChange={set('postalCode')}
        />
        <TextField {...common('town')} required maxLength={120} value={values.town} onChange={set('town')} />
        <TextField
          {...common('municipality')}
          maxLength={120}
          value={values.municipality}
          onChange={set('municipality')}
        />
        <TextField {...common('district')} maxLength={120} value={values.district} onChange={set('district')} />
        <SelectField
          {...common('state')}
          required
          value={values.state}
          onChange={(value) => set('state')(value as GermanState)}
          options={GERMAN_STATES.map((value) => ({ value, label: stateName(value) }))}
        />
        <SelectField
          {...common('settlementType')}
          value={values.settlementType}
          onChange={(value) => set('settlementType')(value as SettlementType | '')}
          emptyOption={t('common:form.none')}
          options={SETTLEMENT_TYPES.map((value) => ({ value, label: t(`common:settlementTypes.${value}`) }))}
        />
        <TextField
          {...common('latitude')}
          className="input--short"
          inputMode="decimal"
          hint={t('organisations:hints.latitude')}
          value={values.latitude}
          onChange={set('latitude')}
        />
        <TextField
          {...common('longitude')}
          className="input--short"
          inputMode="decimal"
          hint={t('organisations:hints.longitude')}
          value={values.longitude}
          onChange={set('longitude')}
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

      <div className="form__actions">
        <button type="submit" className="button">
          {t('common:form.save')}
        </button>
        <div ref={noticeRef} className="form__notice" role="status" tabIndex={-1}>
          {update.isPending
            ? t('organisations:form.saving')
            : notice === 'saved'
              ? t('organisations:form.saved')
              : notice === 'reloaded'
                ? t('organisations:form.reloaded')
                : ''}
        </div>
      </div>
    </form>
  );
}
