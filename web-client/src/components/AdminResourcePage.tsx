import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from './BackLink';
import { ConfirmDialog } from './ConfirmDialog';
import { DataTable, type Column } from './DataTable';
import { ErrorMessage } from './ErrorMessage';
import { EditorLoadState } from './form/EditorLoadState';
import { Loading } from './Loading';
import { ModalDialog } from './ModalDialog';
import { PageHeading } from './PageHeading';
import { PagedResults, type Paged } from './PagedResults';
import { ProblemAlert } from './ProblemAlert';
import { RequireRole } from './RequireRole';
import './admin-screen.css';

/** The list an administration screen shows: a server page with page links, or a whole (short) catalogue. */
export type AdminList<T> =
  | { paged: UseQueryResult<Paged<T>>; page: number; onPageChange: (page: number) => void; count: (total: number) => string }
  | { all: UseQueryResult<T[]> };

/** Where a create or edit form opens: in a modal dialog (default) or in a section of the page below the toolbar. */
type Placement = 'dialog' | 'inline';

export type AdminResourcePageProps<T, S> = {
  /** Prefix of the ids of the filter heading and the table caption. */
  id: string;
  title: string;
  back: { to: string; label: string };
  /** Who may see the screen (the API decides again); others read `forbidden`. */
  roles: readonly string[];
  forbidden: string;
  intro?: ReactNode;
  /** Filter controls; the page resets its own page number when one changes. */
  filters?: { heading: string; children: ReactNode };
  list: AdminList<T>;
  loading: string;
  empty: string;
  caption: string;
  captionHidden?: boolean;
  columns: (Column | false)[];
  /** One table row; `edit` opens the item's edit form, `remove` asks before removing it. */
  row: (item: T, actions: RowActions) => ReactNode;
  /** Key of an item, to tell which one is being edited. */
  keyOf: (item: T) => string;
  create?: { label: string; title: string; placement?: Placement; form: (onSaved: (saved: S) => void) => ReactNode };
  edit?: { title: (item: T) => string; placement?: Placement; form: (item: T, onSaved: (saved: S) => void) => ReactNode };
  /** The announcement after a save in a dialog (an inline form says "saved" itself). */
  saved?: (saved: S) => string;
  /** Removing an item after a confirmation (the mutation sends If-Match of the version shown). */
  remove?: {
    action: string;
    subject: (item: T) => string;
    consequence: string;
    mutation: UseMutationResult<unknown, unknown, T>;
    removed: (item: T) => string;
    /** Texts of the API's refusals by status (409 a closed period, 412 somebody saved meanwhile). */
    messages?: Partial<Record<number, string>>;
  };
};

/** What a row can do with its item. */
export type RowActions = { edit: () => void; remove: () => void; editing: boolean };

/**
 * One administration screen: back link, heading, role check, intro, filters beside the "new" button,
 * the announced saved message, the list (paged or whole) in a data table, and create/edit forms in a
 * dialog or inline. The forms bring the form engine (If-Match, 412 with reload, error summary).
 */
export function AdminResourcePage<T, S = T>(props: AdminResourcePageProps<T, S>) {
  const { id, title, back, roles, forbidden, intro, filters, create, edit, saved, remove } = props;
  const { t } = useTranslation();
  const close = t('adminPage.close');
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [message, setMessage] = useState('');
  const [removing, setRemoving] = useState<T | null>(null);
  const confirmRemove = (item: T) =>
    remove?.mutation.mutate(item, {
      onSuccess: () => {
        setRemoving(null);
        setMessage(remove.removed(item));
      },
    });
  const onSaved = (item: S) => {
    setEditing(null);
    if (saved) setMessage(saved(item));
  };
  const createInline = create?.placement === 'inline';
  const editInline = edit?.placement === 'inline';
  const editedItem = editing && editing !== 'new' ? editing : null;
  return (
    <div className="content admin-screen">
      <BackLink to={back.to}>{back.label}</BackLink>
      <PageHeading title={title}>{title}</PageHeading>
      <RequireRole roles={roles} messages={{ forbidden }}>
        {intro && <p className="lead">{intro}</p>}
        {(filters || (create && !createInline)) && (
          <div className="admin-toolbar">
            {filters ? (
              <section className="filters admin-filter" aria-labelledby={`${id}-filter-heading`}>
                <h2 id={`${id}-filter-heading`}>{filters.heading}</h2>
                {filters.children}
              </section>
            ) : (
              <span />
            )}
            {create && !createInline && (
              <button type="button" className="button" onClick={() => setEditing('new')}>
                {create.label}
              </button>
            )}
          </div>
        )}
        {create && createInline && (
          <section className="report-section" aria-labelledby={`${id}-create-heading`}>
            <h2 id={`${id}-create-heading`}>{create.title}</h2>
            {create.form(onSaved)}
          </section>
        )}
        <p className="admin-message" role="status">
          {message}
        </p>
        <AdminTable
          {...props}
          editing={editedItem}
          onEdit={(item) => setEditing(editedItem && props.keyOf(editedItem) === props.keyOf(item) ? null : item)}
          onRemove={(item) => {
            remove?.mutation.reset();
            setRemoving(item);
          }}
        />
        {edit && editInline && editedItem && (
          <section key={props.keyOf(editedItem)} className="report-section" aria-label={edit.title(editedItem)}>
            <h2>{edit.title(editedItem)}</h2>
            {edit.form(editedItem, onSaved)}
          </section>
        )}
        {create && !createInline && editing === 'new' && (
          <ModalDialog title={create.title} onClose={() => setEditing(null)}>
            {create.form(onSaved)}
            <CloseButton label={close} onClose={() => setEditing(null)} />
          </ModalDialog>
        )}
        {edit && !editInline && editedItem && (
          <ModalDialog title={edit.title(editedItem)} onClose={() => setEditing(null)}>
            {edit.form(editedItem, onSaved)}
            <CloseButton label={close} onClose={() => setEditing(null)} />
          </ModalDialog>
        )}
        {remove && removing && (
          <ConfirmDialog
            action={remove.action}
            subject={remove.subject(removing)}
            consequence={remove.consequence}
            irreversible
            pending={remove.mutation.isPending}
            onConfirm={() => confirmRemove(removing)}
            onCancel={() => setRemoving(null)}
          >
            {remove.mutation.isError && <ProblemAlert error={remove.mutation.error} messages={remove.messages ?? {}} />}
          </ConfirmDialog>
        )}
      </RequireRole>
    </div>
  );
}

function AdminTable<T, S>({
  id,
  list,
  loading,
  empty,
  caption,
  captionHidden,
  columns,
  row,
  keyOf,
  editing,
  onEdit,
  onRemove,
}: AdminResourcePageProps<T, S> & { editing: T | null; onEdit: (item: T) => void; onRemove: (item: T) => void }) {
  const table = (items: T[]) => (
    <DataTable captionId={`${id}-caption`} caption={caption} captionHidden={captionHidden} columns={columns}>
      {items.map((item) =>
        row(item, {
          edit: () => onEdit(item),
          remove: () => onRemove(item),
          editing: editing !== null && keyOf(editing) === keyOf(item),
        }),
      )}
    </DataTable>
  );
  if ('paged' in list) {
    return (
      <PagedResults
        query={list.paged}
        loading={loading}
        empty={empty}
        count={list.count}
        page={list.page}
        onPageChange={list.onPageChange}
      >
        {table}
      </PagedResults>
    );
  }
  if (list.all.isPending) return <Loading label={loading} />;
  if (list.all.isError) return <ErrorMessage error={list.all.error} />;
  return list.all.data.length === 0 ? <p className="result-count">{empty}</p> : table(list.all.data);
}

/** Closes an administration dialog without saving. */
export function CloseButton({ label, onClose }: { label: string; onClose: () => void }) {
  return (
    <div className="form-actions">
      <button type="button" className="button button--secondary" onClick={onClose}>
        {label}
      </button>
    </div>
  );
}

/** A row's edit button, named after the item for screen readers. */
export function AdminEditButton({
  label,
  name,
  onClick,
  expanded,
}: {
  label: string;
  name: string;
  onClick: () => void;
  expanded?: boolean;
}) {
  return (
    <button
      type="button"
      className="button button--secondary button--small"
      aria-label={name}
      aria-expanded={expanded}
      onClick={onClick}
    >
      {label}
    </button>
  );
}

type AdminEditLoaderProps<V> = {
  /** The versioned item the form edits (read fresh, with its ETag). */
  query: UseQueryResult<V>;
  loading: string;
  notFound: string;
  /** The id of the form's first field, focused once the item is loaded. */
  focusId: string;
  children: (item: V) => ReactNode;
};

/** Loads the item an edit dialog changes, then shows its form with the first field focused. */
export function AdminEditLoader<V>({ query, loading, notFound, focusId, children }: AdminEditLoaderProps<V>) {
  const loaded = query.isSuccess;
  useEffect(() => {
    if (loaded) document.getElementById(focusId)?.focus();
  }, [loaded, focusId]);
  if (!query.isSuccess) return <EditorLoadState query={query} loading={loading} notFound={notFound} />;
  return <>{children(query.data)}</>;
}
