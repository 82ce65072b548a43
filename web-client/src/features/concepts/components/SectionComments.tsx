import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useEntityForm } from '@/components/form/use-entity-form';
import { useCreateConceptComment } from '../api/create-concept-comment';
import type { Comment } from '../api/get-concept-comments';
import { useResolveConceptComment } from '../api/resolve-concept-comment';
import { formatDateTime } from '@/lib/format';
import { Markdown } from '@/components/Markdown';
import { ProblemAlert } from '@/components/ProblemAlert';
import { sectionId, type SectionKey } from '@/lib/concept-sections';

type SectionCommentsProps = {
  conceptId: string;
  section: SectionKey;
  versionNumber: number;
  /** The comments of this section and version, oldest first (threads and their replies). */
  comments: Comment[];
};

/** The review threads of one section in one version, with a form for a new comment. */
export function SectionComments({ conceptId, section, versionNumber, comments }: SectionCommentsProps) {
  const { t } = useTranslation('concepts');
  const sectionName = t(`sections.${section}`);
  const headingId = `${sectionId(section)}-comments`;
  const threads = comments.filter((comment) => !comment.parentId);
  const repliesTo = (parent: Comment) => comments.filter((comment) => comment.parentId === parent.id);
  return (
    <section className="concept-comments" aria-labelledby={headingId}>
      <h3 id={headingId} className="concept-comments__heading">
        {t('comments.headingFor', { section: sectionName })}
      </h3>
      {threads.length === 0 ? (
        <p className="muted">{t('comments.none')}</p>
      ) : (
        <ul className="comment-threads">
          {threads.map((thread) => (
            <li key={thread.id} className="comment-thread">
              <CommentView conceptId={conceptId} comment={thread} />
              {repliesTo(thread).length > 0 && (
                <ul className="comment-replies">
                  {repliesTo(thread).map((reply) => (
                    <li key={reply.id}>
                      <CommentView conceptId={conceptId} comment={reply} />
                    </li>
                  ))}
                </ul>
              )}
              <CommentForm conceptId={conceptId} parent={thread} />
            </li>
          ))}
        </ul>
      )}
      <CommentForm conceptId={conceptId} section={section} versionNumber={versionNumber} />
    </section>
  );
}

function CommentView({ conceptId, comment }: { conceptId: string; comment: Comment }) {
  const { t, i18n } = useTranslation('concepts');
  const resolve = useResolveConceptComment();
  return (
    <article className={comment.resolved ? 'comment comment--resolved' : 'comment'}>
      <p className="comment__meta">
        {t('comments.by', { author: comment.authorName, date: formatDateTime(comment.createdAt, i18n.language) })}
        {comment.resolved && <span className="status-badge comment__resolved">{t('comments.resolved')}</span>}
      </p>
      <Markdown headingLevel={4}>{comment.body}</Markdown>
      {!comment.parentId && (
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={resolve.isPending}
          onClick={() => resolve.mutate({ id: conceptId, comment, resolved: !comment.resolved })}
        >
          {comment.resolved ? t('comments.reopen') : t('comments.resolve')}
        </button>
      )}
      {resolve.isError && <ProblemAlert error={resolve.error} messages={{ 403: t('comments.forbidden') }} />}
    </article>
  );
}

type CommentFormProps =
  | { conceptId: string; parent: Comment; section?: undefined; versionNumber?: undefined }
  | { conceptId: string; parent?: undefined; section: SectionKey; versionNumber: number };

/** A new comment on a section of a version, or (collapsed behind "Antworten") a reply to a thread. */
function CommentForm({ conceptId, parent, section, versionNumber }: CommentFormProps) {
  const { t } = useTranslation('concepts');
  const create = useCreateConceptComment();
  const [open, setOpen] = useState(!parent);
  const [sent, setSent] = useState(false);
  const bodyId = useId();
  const label = parent
    ? t('comments.replyLabel', { author: parent.authorName })
    : t('comments.new', { section: t(`sections.${section!}`) });
  const engine = useEntityForm({
    defaultValues: { body: '' },
    schema: z.object({ body: z.string().refine((body) => body.trim() !== '', t('comments.bodyRequired')) }),
    fields: ['body'] as const,
    // Refusals show as a whole beneath the field.
    violations: () => undefined,
    mutation: create,
    clearRefusalOnCheck: false,
    focusControl: () => bodyId,
    save: ({ body }, callbacks) =>
      create.mutate(
        {
          id: conceptId,
          input: parent ? { body: body.trim(), parentId: parent.id } : { body: body.trim(), section, versionNumber },
        },
        callbacks,
      ),
    onSaved: () => {
      setSent(true);
      if (parent) setOpen(false);
      return { body: '' };
    },
  });
  const error = engine.errors.body;

  if (!open) {
    return (
      <button type="button" className="button button--ghost button--small" onClick={() => setOpen(true)}>
        {t('comments.reply')}
      </button>
    );
  }
  return (
    <form
      className="comment-form"
      noValidate
      onSubmit={(event) => {
        if (!create.isPending) setSent(false);
        engine.submit(event);
      }}
    >
      <div className={error ? 'field field--invalid' : 'field'}>
        <label htmlFor={bodyId}>{label}</label>
        {error && (
          <p id={`${bodyId}-error`} className="field__error">
            {error}
          </p>
        )}
        <textarea
          id={bodyId}
          rows={3}
          maxLength={10000}
          value={engine.values.body}
          autoFocus={Boolean(parent)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${bodyId}-error` : undefined}
          onChange={(event) => engine.change({ body: event.target.value })}
        />
      </div>
      {create.isError && <ProblemAlert error={create.error} messages={{ 403: t('comments.forbidden') }} />}
      <div className="form-actions">
        <button type="submit" className="button button--small" disabled={create.isPending}>
          {create.isPending ? t('comments.sending') : parent ? t('comments.sendReply') : t('comments.send')}
        </button>
        {parent && (
          <button type="button" className="button button--secondary button--small" onClick={() => setOpen(false)}>
            {t('comments.cancel')}
          </button>
        )}
      </div>
      <p role="status" className="comment-form__status">
        {sent ? t('comments.sent') : ''}
      </p>
    </form>
  );
}
