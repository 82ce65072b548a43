import { useTranslation } from 'react-i18next';

type PaginationProps = {
  /** Zero-based, as in the API. */
  page: number;
  totalPages: number;
  onPageChange: (page: number) => void;
};

export function Pagination({ page, totalPages, onPageChange }: PaginationProps) {
  const { t } = useTranslation();
  if (totalPages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <button type="button" className="button button--secondary" disabled={page <= 0} onClick={() => onPageChange(page - 1)}>
        {t('pagination.previous')}
      </button>
      <p className="pagination__status" aria-live="polite">
        {t('pagination.pageOf', { page: page + 1, total: totalPages })}
      </p>
      <button
        type="button"
        className="button button--secondary"
        disabled={page >= totalPages - 1}
        onClick={() => onPageChange(page + 1)}
      >
        {t('pagination.next')}
      </button>
    </nav>
  );
}
