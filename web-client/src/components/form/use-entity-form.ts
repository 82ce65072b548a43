import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldErrors as HookFieldErrors,
  type FieldValues,
  type Resolver,
} from 'react-hook-form';
import type { z } from 'zod';
import { ApiError, violationsByField, type Violation } from '@/lib/api/problem';

/** Error messages by the key the form shows them under (a field name or a control's id). */
export type FormErrors<K extends string> = Partial<Record<K, string>>;
export type SortedViolations<K extends string> = { byField: FormErrors<K>; other: Violation[] };

/** The part of a TanStack mutation the form reads. */
type SaveMutation = { error: unknown; isPending: boolean; isError: boolean; reset: () => void };

export type EntityFormOptions<V extends FieldValues, K extends string, S> = {
  /** What the form starts from: the loaded resource as form values, or the values of a new one. */
  defaultValues: V;
  /**
   * What the client checks before sending (required fields, numbers that are not numbers); its messages
   * are shown like the API's. Every other rule is the API's to check. Unknown keys must pass (`z.looseObject`).
   */
  schema?: z.ZodType;
  /** The keys of the form's fields in the order it shows them; the summary lists errors in this order. */
  fields?: readonly K[];
  /**
   * Sorts the violations of a failed save to the keys (default: by field name, see `violationsByField`).
   * Undefined leaves the error to the general alert.
   */
  violations?: (error: ApiError) => SortedViolations<K> | undefined;
  /** The key of a client check's path, e.g. 'title' → 'concept-title' (default: the path itself). */
  keyOf?: (path: string) => K;
  mutation: SaveMutation;
  /** Sends the values: passes the callbacks on to the mutation. */
  save: (values: V, callbacks: { onSuccess: (saved: S) => void; onError: (error: unknown) => void }) => void;
  /** After a save: the values the form goes on with (default: the ones it sent). */
  onSaved?: (saved: S, sent: V) => V | void;
  /** Whether violations the form cannot place open the summary on their own (else the general alert lists them). */
  summaryWithoutFields?: boolean;
  /**
   * Forms without a summary: the id of the control to focus for the first field with an error after the
   * client check failed, and after a refusal too when `focusAfterRefusal`.
   */
  focusControl?: (key: K) => string;
  focusAfterRefusal?: boolean;
  /** Whether a failed client check clears the last refusal (default); small dialogs keep showing it. */
  clearRefusalOnCheck?: boolean;
  /** After a 412: loads the latest version and answers with its form values. */
  reload?: () => Promise<V>;
};

/** The client check's messages by dotted path ('title', 'texts.financing', 'steps.0.title'). */
function flatten(errors: HookFieldErrors, prefix = ''): [string, string][] {
  return Object.entries(errors).flatMap(([name, error]): [string, string][] => {
    if (!error || typeof error !== 'object') return [];
    const path = prefix ? `${prefix}.${name}` : name;
    const message = (error as { message?: unknown }).message;
    if (typeof message === 'string' && 'type' in error) return [[path, message]];
    return flatten(error as HookFieldErrors, path);
  });
}

/**
 * One form engine for every form that saves a resource: react-hook-form holds the values and the client
 * check (a zod schema), the save mutation the API's answer. It tracks dirty and saved state, sorts the
 * problem+json violations to the fields, and on 412 keeps the input and offers to load the other save.
 * `EntityForm` shows what it tracks; focus moves to the conflict, the summary or the reload notice.
 */
export function useEntityForm<V extends FieldValues, K extends string = string, S = unknown>(
  options: EntityFormOptions<V, K, S>,
) {
  const { schema, fields, mutation, keyOf = (path: string) => path as K } = options;
  const form = useForm<V>({
    defaultValues: options.defaultValues as DefaultValues<V>,
    resolver: schema ? (zodResolver(schema as never) as unknown as Resolver<V>) : undefined,
    // Errors stay until the next attempt to save, as the API's do.
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const values = form.watch() as V;
  const { isDirty, submitCount, errors: hookErrors } = form.formState;

  const [notice, setNotice] = useState<'saved' | 'reloaded' | null>(null);
  const [reloading, setReloading] = useState(false);
  const [reloadError, setReloadError] = useState<unknown>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  const apiError = mutation.error instanceof ApiError ? mutation.error : undefined;
  const conflict = apiError?.status === 412;
  const sortViolations = (error: ApiError) =>
    (options.violations ?? ((error: ApiError) => violationsByField(error.violations, fields ?? [])))(error);

  const server = apiError && !conflict ? sortViolations(apiError) : undefined;
  const clientErrors = Object.fromEntries(flatten(hookErrors).map(([path, message]) => [keyOf(path), message])) as FormErrors<K>;
  const errors: FormErrors<K> = { ...server?.byField, ...clientErrors };
  const errorKeys = fields ? fields.filter((key) => errors[key]) : (Object.keys(errors) as K[]);
  const otherViolations = server?.other ?? [];

  // Move focus to what needs attention, so that keyboard and screen-reader users land on it.
  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);
  const showSummary = errorKeys.length > 0 || (options.summaryWithoutFields === true && otherViolations.length > 0);
  useEffect(() => {
    if (showSummary) summaryRef.current?.focus();
  }, [mutation.error, submitCount, showSummary]);
  useEffect(() => {
    if (notice === 'reloaded') noticeRef.current?.focus();
  }, [notice]);

  /** Takes new values for some fields, as the user changed them. */
  const change = useCallback(
    (next: Partial<V>) => {
      for (const [name, value] of Object.entries(next)) {
        form.setValue(name as never, value as never, { shouldDirty: true });
      }
      setNotice(null);
    },
    [form],
  );

  /** Forms without a summary lead to the first field that needs attention. */
  const focusFirst = (keys: K[]) => {
    const first = (fields ?? keys).find((key) => keys.includes(key));
    if (first && options.focusControl) document.getElementById(options.focusControl(first))?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    setNotice(null);
    void form.handleSubmit(
      () => {
        // The values as typed: the schema only checks them, the form's model builds the request.
        const sent = form.getValues();
        options.save(sent, {
          onSuccess: (saved) => {
            const next = options.onSaved?.(saved, sent);
            // The saved values become the ones the input is compared with; what was typed meanwhile stays.
            form.reset(next ?? sent, { keepValues: next === undefined });
            setNotice('saved');
          },
          onError: (error) => {
            if (!options.focusAfterRefusal || !(error instanceof ApiError) || error.status === 412) return;
            focusFirst(Object.keys(sortViolations(error)?.byField ?? {}) as K[]);
          },
        });
      },
      (invalid) => {
        if (options.clearRefusalOnCheck !== false) mutation.reset();
        focusFirst(flatten(invalid).map(([path]) => keyOf(path)));
      },
    )(event);
  };

  /** Discards the input and starts again from the server's current version. */
  const reload = async () => {
    if (!options.reload) return;
    setReloading(true);
    setReloadError(null);
    try {
      form.reset(await options.reload());
      mutation.reset();
      setNotice('reloaded');
    } catch (error) {
      setReloadError(error);
    } finally {
      setReloading(false);
    }
  };

  return {
    form,
    values,
    /** The API's error of the last save, when it is an ApiError. */
    apiError,
    change,
    errors,
    /** The field errors of the last refusal alone. */
    serverErrors: server?.byField ?? ({} as FormErrors<K>),
    dirty: isDirty,
    submit,
    /** For EntityForm. */
    state: {
      pending: mutation.isPending,
      failed: mutation.isError,
      error: mutation.error,
      conflict,
      errorKeys,
      otherViolations,
      showSummary,
      notice,
      reload,
      reloading,
      reloadError,
      conflictRef,
      summaryRef,
      noticeRef,
    },
  };
}

export type EntityFormEngine<K extends string> = {
  errors: FormErrors<K>;
  submit: (event: FormEvent) => void;
  state: ReturnType<typeof useEntityForm<FieldValues, K>>['state'];
};
