/** The address if it is an http(s) URL, else undefined: never link javascript:, data: and the like. */
export function safeWebsite(website: string | null | undefined): string | undefined {
  if (!website) return undefined;
  try {
    const url = new URL(website);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
