import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from './form/FormField';
import { useOrganisationOptions } from '@/api/get-organisation-options';

type OrganisationPickerProps = {
  id: string;
  label: string;
  value: string;
  onChange: (organisationId: string) => void;
  /** The text of the empty choice ("all organisations" in a filter, "please choose" in a form). */
  emptyOption: string;
  required?: boolean;
  error?: string;
};

/** Picks an organisation: a search field narrows the choice list, which the server fills (20 at most). */
export function OrganisationPicker({ id, label, value, onChange, emptyOption, required, error }: OrganisationPickerProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const options = useOrganisationOptions(useDeferredValue(q.trim()));
  return (
    <div className="organisation-picker">
      <TextField id={`${id}-search`} label={t('organisationPicker.search', { label })} value={q} onChange={setQ} type="search" />
      <SelectField
        id={id}
        label={label}
        value={value}
        onChange={onChange}
        required={required}
        error={error}
        emptyOption={emptyOption}
        hint={options.data && options.data.length === 0 ? t('organisationPicker.none') : undefined}
        options={(options.data ?? []).map((option) => ({ value: option.id, label: `${option.name} (${option.town})` }))}
      />
    </div>
  );
}
