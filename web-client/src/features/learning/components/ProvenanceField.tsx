import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/form/FormField';
import { SECTIONS } from '@/lib/concept-sections';
import { useConceptOptions } from '../api/author-options';
import { fieldId } from './module-form-model';

type ProvenanceFieldProps = {
  conceptId: string;
  section: string;
  conceptError?: string;
  sectionError?: string;
  onChange: (next: { conceptId?: string; section?: string }) => void;
};

/** The transfer concept a module draws on, if any, and the section of it: from the concepts the caller may read. */
export function ProvenanceField({ conceptId, section, conceptError, sectionError, onChange }: ProvenanceFieldProps) {
  const { t } = useTranslation('learning');
  const { t: tConcepts } = useTranslation('concepts');
  const concepts = useConceptOptions();
  const options = (concepts.data?.items ?? []).map((concept) => ({
    value: concept.id,
    label: `${concept.title} (${concept.organisationName})`,
  }));
  // A concept chosen earlier stays selectable even when it is not among those listed.
  if (conceptId && !options.some((option) => option.value === conceptId)) {
    options.unshift({ value: conceptId, label: t('form.otherConcept') });
  }
  return (
    <>
      <SelectField
        id={fieldId('conceptId')}
        label={t('form.fields.conceptId')}
        hint={t('form.hints.concept')}
        value={conceptId}
        error={conceptError}
        emptyOption={t('form.noConcept')}
        options={options}
        onChange={(next) => onChange(next ? { conceptId: next } : { conceptId: '', section: '' })}
      />
      {conceptId && (
        <SelectField
          id={fieldId('section')}
          label={t('form.fields.section')}
          value={section}
          error={sectionError}
          emptyOption={t('form.wholeConcept')}
          options={[
            ...SECTIONS.map(({ key }) => ({ value: key, label: tConcepts(`sections.${key}`) })),
            ...(section && !SECTIONS.some(({ key }) => key === section) ? [{ value: section, label: section }] : []),
          ]}
          onChange={(next) => onChange({ section: next })}
        />
      )}
    </>
  );
}
