import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Pagination } from '@/components/Pagination';
import type { PartnerPage } from '@/api/get-partners';
import { PartnerCard } from './PartnerCard';

type PartnerCardListProps = {
  data: PartnerPage;
  busy: boolean;
  onPageChange: (page: number) => void;
  /** Shown above the cards, inside the list's region. */
  children?: ReactNode;
};

/** One page of partners as cards, with page controls. */
export function PartnerCardList({ data, busy, onPageChange, children }: PartnerCardListProps) {
  const { t } = useTranslation('partners');
  return (
    <section aria-label={t('listLabel')} aria-busy={busy}>
      {children}
      <ul className="card-grid">
        {data.items.map((partner) => (
          <li key={partner.id}>
            <PartnerCard partner={partner} />
          </li>
        ))}
      </ul>
      <Pagination page={data.page} totalPages={data.totalPages} onPageChange={onPageChange} />
    </section>
  );
}
