import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { ModalDialog } from '@/components/ModalDialog';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiError } from '@/lib/api/problem';
import { MAX_ATTACHMENT_BYTES, useAttachments, useDeleteAttachment, useUploadAttachment } from '../api/attachments';
import { useDownloadAttachment } from '../api/download-attachment';
import type { Attachment } from '../api/get-learning-module';
import { fileSize } from './file-size';

const FILE_ID = 'module-attachment-file';

/**
 * The module's attachments: download each; while the caller may edit the module, upload more (the API checks
 * type and size by content and answers 413/415, shown at the file field) and delete them.
 */
export function AttachmentsEditor({ moduleId, editable }: { moduleId: string; editable: boolean }) {
  const { t, i18n } = useTranslation('learning');
  const attachments = useAttachments(moduleId);
  const download = useDownloadAttachment();
  const [deleting, setDeleting] = useState<Attachment | null>(null);
  const [announcement, setAnnouncement] = useState('');
  return (
    <section className="module-attachments" aria-labelledby="module-attachments-heading">
      <h2 id="module-attachments-heading">{t('attachments.heading')}</h2>
      {attachments.isPending ? (
        <Loading label={t('attachments.loading')} />
      ) : attachments.isError ? (
        <ErrorMessage error={attachments.error} />
      ) : attachments.data.length === 0 ? (
        <p>{t('attachments.none')}</p>
      ) : (
        <ul className="module-attachments__list">
          {attachments.data.map((attachment) => (
            <li key={attachment.id}>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => {
                  if (!download.isPending)
                    download.mutate({ moduleId, attachmentId: attachment.id, fileName: attachment.fileName });
                }}
              >
                {t('attachments.download', { name: attachment.fileName })}
              </button>{' '}
              <span className="muted">({fileSize(attachment.sizeBytes, i18n.language)})</span>
              {editable && (
                <button
                  type="button"
                  className="button button--secondary button--small module-attachments__delete"
                  onClick={() => setDeleting(attachment)}
                >
                  {t('attachments.delete', { name: attachment.fileName })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {download.isError && <ErrorMessage error={download.error} />}
      <p role="status" className="form__notice">
        {announcement}
      </p>
      {editable && <UploadForm moduleId={moduleId} onUploaded={(name) => setAnnouncement(t('attachments.uploaded', { name }))} />}
      {deleting && (
        <DeleteDialog
          moduleId={moduleId}
          attachment={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setAnnouncement(t('attachments.deleted', { name: deleting.fileName }));
            setDeleting(null);
          }}
        />
      )}
    </section>
  );
}

function UploadForm({ moduleId, onUploaded }: { moduleId: string; onUploaded: (name: string) => void }) {
  const { t } = useTranslation('learning');
  const upload = useUploadAttachment();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [clientError, setClientError] = useState<string>();

  const apiError = upload.error instanceof ApiError ? upload.error : undefined;
  // The API names the part "file" in its 400, 413 and 415 problems; those belong at the file field.
  const fieldProblem = apiError && [400, 413, 415].includes(apiError.status) ? apiError : undefined;
  const serverError = fieldProblem
    ? [
        apiError!.status === 413 ? t('attachments.tooLarge') : apiError!.status === 415 ? t('attachments.wrongType') : '',
        fieldProblem.violations.find((violation) => violation.field === 'file')?.message ?? fieldProblem.detail ?? '',
      ]
        .filter(Boolean)
        .join(' ')
    : undefined;
  const error = clientError ?? serverError;

  useEffect(() => {
    if (error) inputRef.current?.focus();
  }, [error]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (upload.isPending) return;
    upload.reset();
    if (!file) {
      setClientError(t('attachments.chooseFile'));
      return;
    }
    if (file.size > MAX_ATTACHMENT_BYTES) {
      setClientError(`${t('attachments.tooLarge')} ${t('attachments.limit')}`);
      return;
    }
    setClientError(undefined);
    upload.mutate(
      { moduleId, file },
      {
        onSuccess: (attachment) => {
          setFile(null);
          if (inputRef.current) inputRef.current.value = '';
          onUploaded(attachment.fileName);
        },
      },
    );
  };

  const describedBy = [`${FILE_ID}-hint`, error ? `${FILE_ID}-error` : ''].filter(Boolean).join(' ');
  return (
    <form className="form module-attachments__upload" aria-label={t('attachments.uploadLabel')} noValidate onSubmit={submit}>
      <div className={error ? 'field field--invalid' : 'field'}>
        <label htmlFor={FILE_ID}>{t('attachments.file')}</label>
        <p id={`${FILE_ID}-hint`} className="field__hint">
          {t('attachments.hint')}
        </p>
        {error && (
          <p id={`${FILE_ID}-error`} className="field__error">
            {error}
          </p>
        )}
        <input
          ref={inputRef}
          id={FILE_ID}
          type="file"
          accept=".pdf,.png,.jpg,.jpeg,.txt,.md,.csv,.docx,.xlsx,.pptx,.odt,.ods,.odp"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setClientError(undefined);
            upload.reset();
          }}
        />
      </div>
      {upload.isError && !fieldProblem && (
        <ProblemAlert error={upload.error} messages={{ 403: t('attachments.forbidden'), 409: t('attachments.conflict') }} />
      )}
      <div className="form__actions">
        <button type="submit" className="button" disabled={upload.isPending}>
          {upload.isPending ? t('attachments.uploading') : t('attachments.upload')}
        </button>
      </div>
    </form>
  );
}

type DeleteDialogProps = { moduleId: string; attachment: Attachment; onClose: () => void; onDeleted: () => void };

function DeleteDialog({ moduleId, attachment, onClose, onDeleted }: DeleteDialogProps) {
  const { t } = useTranslation('learning');
  const remove = useDeleteAttachment();
  return (
    <ModalDialog title={t('attachments.deleteTitle', { name: attachment.fileName })} onClose={onClose}>
      <p className="modal__subtitle">{t('attachments.deleteText')}</p>
      {remove.isError && (
        <ProblemAlert error={remove.error} messages={{ 403: t('attachments.forbidden'), 409: t('attachments.conflict') }} />
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button button--danger"
          disabled={remove.isPending}
          onClick={() =>
            remove
              .mutateAsync({ moduleId, attachmentId: attachment.id })
              .then(onDeleted)
              .catch(() => undefined)
          }
        >
          {t('attachments.deleteConfirm')}
        </button>
        <button type="button" className="button button--secondary" data-autofocus onClick={onClose}>
          {t('workflow.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
