import type { UseMutationResult } from '@tanstack/react-query';
import { ErrorMessage } from './ErrorMessage';

type DownloadButtonProps<V> = {
  /** The download (a mutation that fetches the file with the user's token and offers it). */
  download: UseMutationResult<unknown, Error, V>;
  variables: V;
  hintId: string;
  texts: { label: string; hint: string; busy: string; done: string };
};

/** A button that downloads a file, with a hint, a status line (announced) and the API's problem if it fails. */
export function DownloadButton<V>({ download, variables, hintId, texts }: DownloadButtonProps<V>) {
  return (
    <div className="csv-download">
      <button
        type="button"
        className="button button--secondary"
        aria-describedby={hintId}
        onClick={() => {
          if (!download.isPending) download.mutate(variables);
        }}
      >
        {texts.label}
      </button>
      <p id={hintId} className="field__hint">
        {texts.hint}
      </p>
      <p className="csv-download__status" role="status">
        {download.isPending ? texts.busy : download.isSuccess ? texts.done : ''}
      </p>
      {download.isError && <ErrorMessage error={download.error} />}
    </div>
  );
}
