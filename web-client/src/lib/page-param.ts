/** The URL carries a one-based ?page=, the API a zero-based page. */
export function readPage(params: URLSearchParams): number {
  const fromUrl = Number.parseInt(params.get('page') ?? '1', 10);
  return Number.isFinite(fromUrl) && fromUrl > 1 ? fromUrl - 1 : 0;
}
