import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { problem, stubApi } from '@/test/fake-api';
import { renderApp, signedInAuth } from '@/test/render-app';
import type { CoachingAssignment } from '../api/get-coaching-assignments';
import type { CoachingSession } from '../api/get-coaching-sessions';
import { todayIso } from '@/lib/format';
import { clara, topics } from '@/test/coach-fixtures';
import {
  assignmentPage,
  fichtelDevelopment,
  kalbeDevelopment,
  kalbeFinancing,
  kalbeSessions,
  sessionPage,
  sessionsPath,
} from '../testing/fixtures';

const coach = () => signedInAuth('Clara Coach (Demo)', ['coach']);

function handlers(assignments: () => CoachingAssignment[], sessions: () => CoachingSession[] = () => kalbeSessions) {
  return {
    '/api/v1/coaches/me': () => ({ body: clara, headers: { ETag: '"1"' } }),
    '/api/v1/expertise-topics': () => ({ body: topics }),
    '/api/v1/coaching-assignments': () => ({ body: assignmentPage(assignments()) }),
    [sessionsPath(kalbeDevelopment.id)]: () => ({ body: sessionPage(sessions()) }),
    [sessionsPath(kalbeFinancing.id)]: () => ({ body: sessionPage([]) }),
    [sessionsPath(fichtelDevelopment.id)]: () => ({ body: sessionPage([]) }),
  };
}

async function assignmentRegion(name: RegExp) {
  return screen.findByRole('region', { name });
}

describe('my partners (coach)', () => {
  it('asks for the coach\'s own assignments and shows each with an hour budget meter "x von y Stunden"', async () => {
    const { requests } = stubApi(handlers(() => [kalbeDevelopment, fichtelDevelopment]));
    renderApp({ route: '/coaching', auth: coach() });

    expect(screen.getByRole('heading', { level: 1, name: 'Meine Partner' })).toBeVisible();
    const kalbe = await assignmentRegion(/^Künstlerstadt Kalbe e\.V\. Thema: Organisationsentwicklung$/);
    const meter = within(kalbe).getByRole('meter', { name: 'Stundenbudget' });
    expect(meter).toHaveAttribute('aria-valuetext', '4,5 von 20 Stunden');
    expect(meter).toHaveAttribute('max', '20');
    expect(meter).toHaveAttribute('value', '4.5');
    expect(within(kalbe).getByText('4,5 von 20 Stunden')).toBeVisible();
    expect(meter).toHaveAccessibleDescription('15,5 Stunden verbleiben.');
    expect(within(kalbe).queryByText(/Budget überschritten/)).not.toBeInTheDocument();

    const assignmentsRequest = requests.find((request) => new URL(request.url).pathname === '/api/v1/coaching-assignments')!;
    expect(new URL(assignmentsRequest.url).searchParams.get('coachId')).toBe(clara.id);
  });

  it('marks an over-budget assignment in words and with a symbol, not by colour alone', async () => {
    stubApi(handlers(() => [kalbeFinancing]));
    renderApp({ route: '/coaching', auth: coach() });

    const financing = await assignmentRegion(/^Künstlerstadt Kalbe e\.V\. Thema: Finanzierung$/);
    // never "9,5 von 8 Stunden": both figures and the overrun are said
    expect(within(financing).getByText('9,5 Stunden genutzt bei 8 Stunden Budget')).toBeVisible();
    const warning = within(financing).getByText(/Budget überschritten: 1,5 Stunden mehr als vereinbart\./);
    expect(warning).toHaveTextContent('⚠');
    expect(within(financing).getByRole('meter', { name: 'Stundenbudget' })).toHaveAccessibleDescription(
      'Budget überschritten: 1,5 Stunden mehr als vereinbart.',
    );
  });

  it('lists the session log with date, duration, topic, format, notes and next steps', async () => {
    stubApi(handlers(() => [kalbeDevelopment]));
    renderApp({ route: '/coaching', auth: coach() });

    const table = await screen.findByRole('table', {
      name: 'Sitzungen mit Künstlerstadt Kalbe e.V. zum Thema Organisationsentwicklung, neueste zuerst',
    });
    const [header, latest, first] = within(table).getAllByRole('row');
    expect(
      within(header!)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Datum', 'Dauer', 'Thema', 'Format', 'Notizen', 'Nächste Schritte', 'Aktion']);
    expect(within(latest!).getByRole('rowheader')).toHaveTextContent('10.05.2021');
    expect(
      within(latest!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      '90 Min.',
      'Organisationsentwicklung',
      'Video',
      'Organigramm besprochen; Ehrenamt und Hauptamt besser trennen.',
      'Stellenbeschreibung für eine Koordinationsstelle entwerfen.',
      'Korrigieren Löschen',
    ]);
    expect(within(first!).getAllByRole('cell')[2]).toHaveTextContent('vor Ort');
  });

  it('logs a session, and the hours, the bar and the log update', async () => {
    const user = userEvent.setup();
    let assignment = kalbeDevelopment;
    let sessions = kalbeSessions;
    const { requests } = stubApi({
      ...handlers(
        () => [assignment],
        () => sessions,
      ),
      [sessionsPath(kalbeDevelopment.id)]: async (request) => {
        if (request.method !== 'POST') return { body: sessionPage(sessions) };
        const input = (await request.clone().json()) as Omit<CoachingSession, 'id' | 'assignmentId' | 'topic' | 'createdAt'>;
        const created: CoachingSession = {
          ...input,
          id: '3c0a0c4e-2b02-4f6e-9c22-0000000000aa',
          assignmentId: kalbeDevelopment.id,
          topic: 'ORGANISATION_DEVELOPMENT',
          createdAt: `${input.heldOn}T12:00:00+01:00`,
        };
        sessions = [created, ...sessions];
        assignment = { ...assignment, hoursUsed: 6, hoursRemaining: 14 };
        return { status: 201, body: created, headers: { ETag: '"0"', Location: '/x' } };
      },
    });
    renderApp({ route: '/coaching', auth: coach() });

    const kalbe = await assignmentRegion(/^Künstlerstadt Kalbe e\.V\. Thema: Organisationsentwicklung$/);
    const toggle = within(kalbe).getByRole('button', {
      name: 'Sitzung erfassen – Künstlerstadt Kalbe e.V., Organisationsentwicklung',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    const form = within(kalbe).getByRole('form', { name: 'Neue Sitzung' });
    expect(within(form).getByLabelText('Datum')).toHaveValue(todayIso());
    await user.type(within(form).getByRole('spinbutton', { name: 'Dauer in Minuten' }), '90');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Format' }), 'Workshop');
    expect(within(form).getByRole('combobox', { name: 'Thema (optional)' })).toHaveDisplayValue(
      'Thema der Zuordnung: Organisationsentwicklung',
    );
    await user.type(within(form).getByRole('textbox', { name: 'Notizen' }), 'Förderantrag gemeinsam gegliedert.');
    await user.type(within(form).getByRole('textbox', { name: 'Nächste Schritte' }), 'Entwurf bis Freitag.');
    await user.click(within(form).getByRole('button', { name: 'Sitzung speichern' }));

    await waitFor(() => expect(within(kalbe).getByText('6 von 20 Stunden')).toBeVisible());
    expect(within(kalbe).getByRole('meter', { name: 'Stundenbudget' })).toHaveAttribute('aria-valuetext', '6 von 20 Stunden');
    expect(within(kalbe).getByRole('status')).toHaveTextContent(/^Sitzung gespeichert: 90 Minuten am /);
    expect(await within(kalbe).findByText('Förderantrag gemeinsam gegliedert.')).toBeVisible();
    expect(within(kalbe).queryByRole('form')).not.toBeInTheDocument();
    expect(toggle).toHaveFocus();

    const post = requests.find((request) => request.method === 'POST')!;
    expect(await post.json()).toEqual({
      heldOn: todayIso(),
      durationMinutes: 90,
      format: 'WORKSHOP',
      notes: 'Förderantrag gemeinsam gegliedert.',
      nextSteps: 'Entwurf bis Freitag.',
    });
  });

  it('shows the field errors of a 400 next to the fields', async () => {
    const user = userEvent.setup();
    stubApi({
      ...handlers(() => [kalbeDevelopment]),
      [sessionsPath(kalbeDevelopment.id)]: (request) =>
        request.method === 'POST'
          ? {
              status: 400,
              contentType: 'application/problem+json',
              body: {
                title: 'Bad Request',
                status: 400,
                violations: [
                  { field: 'durationMinutes', in: 'body', message: 'must be greater than or equal to 15' },
                  { field: 'heldOn', in: 'body', message: 'must not be in the future' },
                ],
              },
            }
          : { body: sessionPage(kalbeSessions) },
    });
    renderApp({ route: '/coaching', auth: coach() });

    const kalbe = await assignmentRegion(/^Künstlerstadt Kalbe e\.V\. Thema: Organisationsentwicklung$/);
    await user.click(within(kalbe).getByRole('button', { name: /Sitzung erfassen/ }));
    const form = within(kalbe).getByRole('form', { name: 'Neue Sitzung' });
    await user.type(within(form).getByRole('spinbutton', { name: 'Dauer in Minuten' }), '10');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Format' }), 'Telefon');
    await user.click(within(form).getByRole('button', { name: 'Sitzung speichern' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent('Die Sitzung wurde nicht gespeichert.');
    const duration = within(form).getByRole('spinbutton', { name: 'Dauer in Minuten' });
    expect(duration).toHaveAttribute('aria-invalid', 'true');
    expect(duration).toHaveAccessibleDescription('15 bis 1440 Minuten must be greater than or equal to 15');
    const date = within(form).getByLabelText('Datum');
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription('must not be in the future');
    expect(date).toHaveFocus();
    expect(within(form).getByRole('combobox', { name: 'Format' })).not.toHaveAttribute('aria-invalid');
  });

  it('checks the required fields before posting', async () => {
    const user = userEvent.setup();
    const { requests } = stubApi(handlers(() => [kalbeDevelopment]));
    renderApp({ route: '/coaching', auth: coach() });

    const kalbe = await assignmentRegion(/^Künstlerstadt Kalbe e\.V\. Thema: Organisationsentwicklung$/);
    await user.click(within(kalbe).getByRole('button', { name: /Sitzung erfassen/ }));
    const form = within(kalbe).getByRole('form', { name: 'Neue Sitzung' });
    await user.click(within(form).getByRole('button', { name: 'Sitzung speichern' }));

    expect(within(form).getByRole('spinbutton', { name: 'Dauer in Minuten' })).toHaveAccessibleDescription(
      '15 bis 1440 Minuten Bitte geben Sie die Dauer als ganze Zahl von Minuten an.',
    );
    expect(within(form).getByRole('combobox', { name: 'Format' })).toHaveAccessibleDescription('Bitte wählen Sie ein Format.');
    expect(within(form).getByRole('spinbutton', { name: 'Dauer in Minuten' })).toHaveFocus();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('tells a coach without a linked profile whom to ask', async () => {
    stubApi({ '/api/v1/coaches/me': () => problem(404, 'Not Found', 'No coach profile') });
    renderApp({ route: '/coaching', auth: coach() });

    expect(await screen.findByText(/Mit Ihrem Konto ist kein Coach-Profil verknüpft/)).toBeVisible();
  });

  it('is only offered to coaches', () => {
    const { fetchStub } = stubApi({});
    renderApp({ route: '/coaching', auth: signedInAuth('Konrad Koordinator (Demo)', ['coordinator']) });

    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
    expect(within(nav).queryByRole('link', { name: 'Meine Partner' })).not.toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Coaches' })).toBeVisible();
    expect(screen.getByText('Diese Seite ist für Coaches.')).toBeVisible();
    expect(fetchStub).not.toHaveBeenCalled();
  });
});
