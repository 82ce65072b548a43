import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubApi } from '@/test/fake-api';
import { renderApp, signedInAuth } from '@/test/render-app';
import { clara, topics } from '@/test/coach-fixtures';
import { assignmentPage, kalbeDevelopment, kalbeSessions, sessionPage, sessionsPath } from '../testing/fixtures';

const coach = () => signedInAuth('Clara Coach (Demo)', ['coach']);
const session = kalbeSessions[0]!;
const sessionPath = `${sessionsPath(kalbeDevelopment.id)}/${session.id}`;

function handlers(put: (request: Request) => { status?: number; body?: unknown; contentType?: string }) {
  return {
    '/api/v1/coaches/me': () => ({ body: clara, headers: { ETag: '"1"' } }),
    '/api/v1/expertise-topics': () => ({ body: topics }),
    '/api/v1/coaching-assignments': () => ({ body: assignmentPage([kalbeDevelopment]) }),
    [sessionsPath(kalbeDevelopment.id)]: () => ({ body: sessionPage(kalbeSessions) }),
    [sessionPath]: (request: Request) => (request.method === 'PUT' ? put(request) : { body: session, headers: { ETag: '"3"' } }),
  };
}

describe('correcting a coaching session', () => {
  it('opens the session in the form, saves the correction with If-Match and says so', async () => {
    const user = userEvent.setup();
    const { requests } = stubApi(handlers(() => ({ body: { ...session, durationMinutes: 120 } })));
    renderApp({ route: '/coaching', auth: coach() });

    await user.click(await screen.findByRole('button', { name: 'Sitzung vom 10.05.2021 korrigieren' }, { timeout: 5000 }));
    const form = screen.getByRole('form', { name: 'Sitzung vom 10.05.2021 korrigieren' });
    const duration = within(form).getByRole('spinbutton', { name: 'Dauer in Minuten' });
    expect(duration).toHaveValue(90);
    expect(within(form).getByLabelText('Datum')).toHaveFocus();
    expect(within(form).getByRole('textbox', { name: 'Notizen' })).toHaveValue(session.notes!);
    await user.clear(duration);
    await user.type(duration, '120');
    await user.click(within(form).getByRole('button', { name: 'Korrektur speichern' }));

    expect(await screen.findByText('Sitzung korrigiert: 120 Minuten am 10.05.2021.')).toBeVisible();
    expect(screen.queryByRole('form', { name: /korrigieren/ })).not.toBeInTheDocument();
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.json()).toMatchObject({ heldOn: '2021-05-10', durationMinutes: 120, format: 'VIDEO' });
  }, 20_000);

  it("shows the API's refusal when the session's reporting period is locked, and keeps the input", async () => {
    const user = userEvent.setup();
    stubApi(
      handlers(() => ({
        status: 409,
        contentType: 'application/problem+json',
        body: {
          title: 'Konflikt',
          status: 409,
          detail: 'Der Berichtszeitraum 2021-Q2 ist gesperrt; Sitzungen darin lassen sich nicht mehr ändern',
        },
      })),
    );
    renderApp({ route: '/coaching', auth: coach() });

    await user.click(await screen.findByRole('button', { name: 'Sitzung vom 10.05.2021 korrigieren' }, { timeout: 5000 }));
    const form = screen.getByRole('form', { name: 'Sitzung vom 10.05.2021 korrigieren' });
    await user.click(within(form).getByRole('button', { name: 'Korrektur speichern' }));
    await waitFor(() => expect(form).toHaveTextContent('Der Berichtszeitraum 2021-Q2 ist gesperrt'));
    expect(within(form).getByRole('spinbutton', { name: 'Dauer in Minuten' })).toHaveValue(90);
  }, 20_000);

  it('asks for a reason only when the correction goes beyond the remaining hours plus its own', async () => {
    const user = userEvent.setup();
    stubApi(handlers(() => ({ body: session })));
    renderApp({ route: '/coaching', auth: coach() });

    await user.click(await screen.findByRole('button', { name: 'Sitzung vom 10.05.2021 korrigieren' }, { timeout: 5000 }));
    const form = screen.getByRole('form', { name: 'Sitzung vom 10.05.2021 korrigieren' });
    const duration = within(form).getByRole('spinbutton', { name: 'Dauer in Minuten' });
    // 15.5 hours remain and the session's own 1.5 hours count already: 17 hours (1020 minutes) fit
    await user.clear(duration);
    await user.type(duration, '1020');
    expect(within(form).queryByRole('textbox', { name: /Begründung/ })).not.toBeInTheDocument();
    await user.clear(duration);
    await user.type(duration, '1080');
    expect(within(form).getByRole('textbox', { name: /Begründung/ })).toBeVisible();
    expect(form).toHaveTextContent('Es bleiben nur noch 17 Stunden.');
  }, 20_000);
});
