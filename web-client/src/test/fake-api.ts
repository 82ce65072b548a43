import { vi } from 'vitest';

type Reply = { status?: number; body?: unknown; contentType?: string; headers?: Record<string, string> };
export type Handler = (request: Request) => Reply | Promise<Reply>;

export const TEST_API_URL = 'http://api.test';

/** A response as the API sends it: JSON by default; a string body with a non-JSON type is sent as is. */
export function jsonResponse({ status = 200, body, contentType = 'application/json', headers = {} }: Reply): Response {
  if (status === 204 || status === 304) return new Response(null, { status, headers });
  const payload = typeof body === 'string' && !contentType.includes('json') ? body : JSON.stringify(body);
  return new Response(payload, { status, headers: { 'Content-Type': contentType, ...headers } });
}

export function problem(status: number, title: string, detail?: string): Reply {
  return {
    status,
    contentType: 'application/problem+json',
    body: { type: 'about:blank', title, status, ...(detail ? { detail } : {}) },
  };
}

/** A 400 problem listing field violations, as bean validation reports them. */
export function validationProblem(violations: { field: string; message: string }[]): Reply {
  return {
    status: 400,
    contentType: 'application/problem+json',
    body: {
      title: 'Constraint Violation',
      status: 400,
      violations: violations.map((violation) => ({ ...violation, in: 'body' })),
    },
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
    requests.push(request.clone());
    const { pathname } = new URL(request.url);
    const handler = handlers[pathname];
    if (!handler) return jsonResponse(problem(404, 'Not Found', `No stub for ${pathname}`));
    return jsonResponse(await handler(request));
  });
  vi.stubGlobal('fetch', fetchStub);
  return { requests, fetchStub };
}
