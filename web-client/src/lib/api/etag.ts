/** The ETag the API derives from a version (a quoted number), for when a proxy hides the header. */
export const versionEtag = (version: number) => `"${version}"`;

/** The ETag of an answer, to send back as If-Match; the version stands in when a proxy hid the header. */
export function answerEtag(response: Response, version: number): string {
  return response.headers.get('ETag') ?? versionEtag(version);
}
