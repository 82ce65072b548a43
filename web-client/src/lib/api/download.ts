import { saveFile } from '../save-file';
import type { ApiClient } from './client';
import { useApiMutation } from './query';

/** Fetches a file with the user's token (a plain link could not send it) and offers it under the name given. */
export function useFileDownload<V>(
  download: (api: ApiClient, variables: V) => Promise<Blob>,
  fileName: (variables: V) => string,
) {
  return useApiMutation(async (api, variables: V) => saveFile(await download(api, variables), fileName(variables)));
}

/** The request options of a CSV download: ask for text/csv and read the answer as a file. */
export const CSV_DOWNLOAD = { headers: { Accept: 'text/csv' }, parseAs: 'blob' } as const;
