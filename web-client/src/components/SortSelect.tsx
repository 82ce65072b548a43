import { useTranslation } from 'react-i18next';
import { DIRECTORY_SORTS, type DirectorySort } from '@/lib/enums';
import { Options } from '@/components/form/Options';

type SortSelectProps = {
  id: string;
  value: DirectorySort | undefined;
  onChange: (sort: DirectorySort | undefined) => void;
};

export function SortSelect({ id, value, onChange }: SortSelectProps) {
  const { t } = useTranslation();
  return (
    <div className="sort-select">
      <label htmlFor={id}>{t('filters.sort')}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange((event.target.value || undefined) as DirectorySort | undefined)}
      >
        <option value="">{t('filters.sortDefault')}</option>
        <Options values={DIRECTORY_SORTS} label={(sort) => t(`filters.sorts.${sort}`)} />
      </select>
    </div>
  );
}
