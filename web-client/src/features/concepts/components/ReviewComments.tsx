import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/Loading';
import { useConceptComments, type Comment } from '../api/get-concept-comments';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { SectionKey } from '@/lib/concept-sections';
import { Options } from '@/components/form/Options';

/** Picks the version whose comments are shown; versions count down from the latest submission. */
export function CommentVersionSelect({
  latest,
  value,
  onChange,
}: {
  latest: number;
  value: number;
  onChange: (versionNumber: number) => void;
}) {
  const { t } = useTranslation('concepts');
  const id = useId();
  const numbers = Array.from({ length: latest }, (_, index) => latest - index);
  return (
    <div className="field concept-comment-version">
      <label htmlFor={id}>{t('comments.version')}</label>
      <select id={id} value={value} onChange={(event) => onChange(Number(event.target.value))}>
        <Options values={numbers} label={(number) => t('comments.versionOption', { number })} />
      </select>
    </div>
  );
}

/** Loads the comments of one version and hands them, grouped by section, to the page. */
export function useCommentsBySection(conceptId: string, versionNumber: number) {
  const comments = useConceptComments(conceptId, versionNumber);
  const bySection = (section: SectionKey): Comment[] =>
    comments.data?.items.filter((comment) => comment.section === section) ?? [];
  return { comments, bySection };
}

export function CommentsStatus({ comments }: { comments: ReturnType<typeof useConceptComments> }) {
  const { t } = useTranslation('concepts');
  if (comments.isPending) return <Loading label={t('comments.loading')} />;
  if (comments.isError) return <ProblemAlert error={comments.error} messages={{ 403: t('comments.forbidden') }} />;
  return null;
}
