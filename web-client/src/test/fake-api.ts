import { vi } from 'vitest';

type Reply = { status?: number; body: unknown; contentType?: string; headers?: Record<string, string> };
type Handler = (request: Request) => Reply | Promise<Reply>;

export const TEST_API_URL = 'http://api.test';

export function jsonResponse({ status = 200, body, contentType = 'application/json', headers }: Reply): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...headers, 'Content-Type': contentType } });
}

export function problem(status: number, title: string, detail?: string): Reply {
  return {
    status,
    contentType: 'application/problem+json',
    body: { type: 'about:blank', title, status, ...(detail ? { detail } : {}) },
  };
}

/**
 * Replaces fetch at the network boundary: routes "/api/v1/…" paths to handlers and records requests.
 * Call before rendering (the API client picks up fetch when it is created).
 */
export function stubApi(handlers: Record<string, Handler>) {
  const requests: Request[] = [];
  const fetchStub = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request);
    const { pathname } = new URL(request.url);
    const handler = handlers[pathname];
    if (!handler) return jsonResponse(problem(404, 'Not Found', `No stub for ${pathname}`));
    return jsonResponse(await handler(request));
  });
  vi.stubGlobal('fetch', fetchStub);
  return { requests, fetchStub };
}
