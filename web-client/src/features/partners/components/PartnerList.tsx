import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import type { DirectoryFilters } from '@/lib/directory-filters';
import { usePartners } from '@/api/get-partners';
import { PartnerCardList } from './PartnerCardList';

export const PARTNER_PAGE_SIZE = 12;

type PartnerListProps = {
  filters?: DirectoryFilters;
  page: number;
  onPageChange: (page: number) => void;
};

export function PartnerList({ filters, page, onPageChange }: PartnerListProps) {
  const { t } = useTranslation('partners');
  const partners = usePartners({ filters, page, size: PARTNER_PAGE_SIZE });

  if (partners.isPending) return <Loading label={t('loading')} />;
  if (partners.isError) return <ErrorMessage error={partners.error} />;
  if (partners.data.items.length === 0) return <p>{t('empty')}</p>;

  return (
    <PartnerCardList data={partners.data} busy={partners.isFetching} onPageChange={onPageChange}>
      <p className="result-count">{t('count', { count: partners.data.totalItems })}</p>
    </PartnerCardList>
  );
}
