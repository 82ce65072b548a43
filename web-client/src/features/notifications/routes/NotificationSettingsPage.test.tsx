import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { problem, stubApi } from '@/test/fake-api';
import { renderApp, signedInAuth } from '@/test/render-app';

const preferences = {
  email: 'coach@demo.kreativland.example',
  language: 'de',
  conceptSubmitted: true,
  conceptReviewed: true,
  moduleSubmitted: true,
  milestoneDue: true,
};

describe('notification settings', () => {
  it('turns one kind off and sends it with the ETag it read', async () => {
    const { requests } = stubApi({
      '/api/v1/me/mail-preferences': async (request) =>
        request.method === 'PUT'
          ? { body: { ...preferences, ...((await request.json()) as object) }, headers: { ETag: '"4"' } }
          : { body: preferences, headers: { ETag: '"3"' } },
    });
    renderApp({ route: '/settings/notifications', auth: signedInAuth('Clara Coach (Demo)', ['coach']) });

    expect(screen.getByRole('heading', { level: 1, name: 'E-Mail-Benachrichtigungen' })).toBeVisible();
    expect(await screen.findByText(/coach@demo\.kreativland\.example/)).toBeVisible();
    const submitted = screen.getByRole('checkbox', { name: /Transferkonzept zur Prüfung eingereicht/ });
    expect(submitted).toBeChecked();
    await userEvent.click(submitted);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Sprache der E-Mails/ }), 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(await screen.findByText('Gespeichert.')).toBeVisible();
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.json()).toEqual({
      language: 'en',
      conceptSubmitted: false,
      conceptReviewed: true,
      moduleSubmitted: true,
      milestoneDue: true,
    });
  });

  it('shows the conflict when somebody else changed them meanwhile', async () => {
    stubApi({
      '/api/v1/me/mail-preferences': (request) =>
        request.method === 'PUT'
          ? problem(412, 'Precondition Failed', 'Somebody else changed this in the meantime')
          : { body: preferences, headers: { ETag: '"3"' } },
    });
    renderApp({ route: '/settings/notifications', auth: signedInAuth('Clara Coach (Demo)', ['coach']) });
    await userEvent.click(await screen.findByRole('button', { name: 'Speichern' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Somebody else changed this');
  });
});
