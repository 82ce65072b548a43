import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { Pagination } from '../../../components/Pagination';
import { usePartners } from '../api/get-partners';
import { PartnerCard } from './PartnerCard';

export const PARTNER_PAGE_SIZE = 12;

type PartnerListProps = {
  page: number;
  onPageChange: (page: number) => void;
};

export function PartnerList({ page, onPageChange }: PartnerListProps) {
  const { t } = useTranslation('partners');
  const partners = usePartners({ page, size: PARTNER_PAGE_SIZE });

  if (partners.isPending) return <Loading label={t('loading')} />;
  if (partners.isError) return <ErrorMessage error={partners.error} />;

  const { items, totalItems, totalPages } = partners.data;
  if (items.length === 0) return <p>{t('empty')}</p>;

  return (
    <section aria-label={t('listLabel')} aria-busy={partners.isFetching}>
      <p className="result-count">{t('count', { count: totalItems })}</p>
      <ul className="card-grid">
        {items.map((partner) => (
          <li key={partner.id}>
            <PartnerCard partner={partner} />
          </li>
        ))}
      </ul>
      <Pagination page={partners.data.page} totalPages={totalPages} onPageChange={onPageChange} />
    </section>
  );
}
