import { describe, expect, it, vi } from 'vitest';
import { stubApi, TEST_API_URL } from '@/test/fake-api';
import { partnerPage } from '@/test/fixtures';
import { createApiClient } from './client';
import { ApiError, unwrap } from './problem';

describe('API client', () => {
  it('refreshes the token (min. 30 s validity) and sends it as Bearer when logged in', async () => {
    const { requests } = stubApi({ '/api/v1/partners': () => ({ body: partnerPage() }) });
    const tokens = { authenticated: true, token: 'old', updateToken: vi.fn() };
    tokens.updateToken.mockImplementation(async () => {
      tokens.token = 'fresh';
      return true;
    });
    const api = createApiClient({ baseUrl: TEST_API_URL, tokens });

    await api.GET('/api/v1/partners');

    expect(tokens.updateToken).toHaveBeenCalledWith(30);
    expect(requests[0]!.headers.get('Authorization')).toBe('Bearer fresh');
  });

  it('sends no Authorization header and refreshes nothing for anonymous users', async () => {
    const { requests } = stubApi({ '/api/v1/partners': () => ({ body: partnerPage() }) });
    const tokens = { authenticated: false, token: undefined, updateToken: vi.fn() };
    const api = createApiClient({ baseUrl: TEST_API_URL, tokens });

    await api.GET('/api/v1/partners');

    expect(tokens.updateToken).not.toHaveBeenCalled();
    expect(requests[0]!.headers.has('Authorization')).toBe(false);
  });

  it('asks for answers in the language the person reads, German by default', async () => {
    const { requests } = stubApi({ '/api/v1/partners': () => ({ body: partnerPage() }) });
    let language = 'en';
    const english = createApiClient({ baseUrl: TEST_API_URL, tokens: { updateToken: vi.fn() }, language: () => language });
    await english.GET('/api/v1/partners');
    language = 'de';
    await english.GET('/api/v1/partners');
    await createApiClient({ baseUrl: TEST_API_URL, tokens: { updateToken: vi.fn() } }).GET('/api/v1/partners');

    expect(requests.map((request) => request.headers.get('Accept-Language'))).toEqual(['en', 'de', 'de']);
  });

  it('turns a problem+json response into an ApiError with title and detail', async () => {
    stubApi({
      '/api/v1/partners': () => ({
        status: 400,
        contentType: 'application/problem+json',
        body: { title: 'Bad Request', status: 400, detail: 'size: must be less than or equal to 100' },
      }),
    });
    const api = createApiClient({ baseUrl: TEST_API_URL, tokens: { updateToken: vi.fn() } });

    const result = await api.GET('/api/v1/partners', { params: { query: { size: 500 } } });
    const error = (() => {
      try {
        unwrap(result);
      } catch (thrown) {
        return thrown;
      }
    })();

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, title: 'Bad Request', detail: 'size: must be less than or equal to 100' });
  });

  it('still reports the status when the error body is not a problem', () => {
    const error = ApiError.fromResponse(new Response('oops', { status: 502 }), 'oops');
    expect(error).toMatchObject({ status: 502, title: undefined, detail: undefined, message: 'HTTP 502' });
  });
});

describe('problem parsing', () => {
  it('keeps the field violations of a validation problem', () => {
    const error = ApiError.fromResponse(new Response(null, { status: 400 }), {
      title: 'Constraint Violation',
      status: 400,
      violations: [{ field: 'size', in: 'query', message: 'must be less than or equal to 100' }, { bogus: 1 }],
    });
    expect(error.violations).toEqual([{ field: 'size', message: 'must be less than or equal to 100' }]);
  });
});
