import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubApi, validationProblem } from '@/test/fake-api';
import { anonymousAuth, renderApp } from '@/test/render-app';

const consent = { version: '2026-12', language: 'de', text: 'Ich möchte den Newsletter erhalten.' };

describe('newsletter sign-up in the footer', () => {
  it('asks for consent, then sends the address with the consent version shown', async () => {
    const { requests } = stubApi({
      '/api/v1/newsletter/consent': () => ({ body: consent }),
      '/api/v1/newsletter/subscriptions': () => ({ status: 202, body: { status: 'PENDING' } }),
      '/api/v1/partners': () => ({ body: { items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 } }),
    });
    renderApp({ route: '/', auth: anonymousAuth() });
    await userEvent.click(await screen.findByRole('button', { name: /Newsletter abonnieren/ }));
    const form = await screen.findByRole('form', { name: 'Newsletter' });

    await userEvent.type(within(form).getByRole('textbox', { name: /E-Mail-Adresse/ }), 'leserin@example.org');
    await userEvent.click(within(form).getByRole('button', { name: 'Abonnieren' }));
    expect(within(form).getByText(/Bitte stimmen Sie zu/)).toBeVisible();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await userEvent.click(await within(form).findByRole('checkbox', { name: consent.text }));
    await userEvent.click(within(form).getByRole('button', { name: 'Abonnieren' }));
    expect(await screen.findByText(/Fast geschafft/)).toBeVisible();
    const post = requests.find((request) => request.method === 'POST')!;
    expect(await post.json()).toEqual({ email: 'leserin@example.org', language: 'de', consent: true, consentVersion: '2026-12' });
  });

  it('shows the field the API refused', async () => {
    stubApi({
      '/api/v1/newsletter/consent': () => ({ body: consent }),
      '/api/v1/newsletter/subscriptions': () => validationProblem([{ field: 'email', message: 'must be a well-formed address' }]),
    });
    renderApp({ route: '/newsletter/unsubscribe?token=x', auth: anonymousAuth() });
    await userEvent.click(await screen.findByRole('button', { name: /Newsletter abonnieren/ }));
    const form = await screen.findByRole('form', { name: 'Newsletter' });
    await userEvent.type(within(form).getByRole('textbox', { name: /E-Mail-Adresse/ }), 'a@b.example');
    await userEvent.click(await within(form).findByRole('checkbox', { name: consent.text }));
    await userEvent.click(within(form).getByRole('button', { name: 'Abonnieren' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('email: must be a well-formed address');
  });
});
