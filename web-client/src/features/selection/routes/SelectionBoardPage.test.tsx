import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { problem, stubApi } from '@/test/fake-api';
import { renderApp, signedInAuth } from '@/test/render-app';
import type { RankedCandidate } from '../api/get-round';
import {
  CLARA,
  KONRAD,
  ROUND_ID,
  boardHandlers,
  decisionPath,
  medien,
  myAssessmentPath,
  netzwerk,
  round,
  scheune,
  transferability,
  assessmentsByCandidate,
} from '../testing/fixtures';

const boardRoute = `/selection/${ROUND_ID}`;
const coordinator = () => signedInAuth('Konrad Koordinator (Demo)', ['coordinator'], KONRAD);
const coach = () => signedInAuth('Clara Coach (Demo)', ['coach'], CLARA);

function cells(row: HTMLElement): string[] {
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent ?? '');
}

/** The rows of the ranking: the complete candidates' table, then the incomplete ones'. */
async function rankingRows() {
  await screen.findByRole('table', { name: /^Rangliste/ });
  return screen
    .getAllByRole('table', { name: /^(Rangliste|Unvollständig)/ })
    .flatMap((table) => within(table).getAllByRole('row').slice(1));
}

async function matrix() {
  const table = await screen.findByRole('table', { name: /^Bewertungsmatrix/ });
  await within(table).findAllByText(/Jurymitglied/);
  return table;
}

describe('selection board', () => {
  it('shows the candidates ranked with score, criteria, jurors and decision', async () => {
    stubApi(boardHandlers());
    renderApp({ route: boardRoute, auth: coordinator() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Auswahlrunde 2026' })).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText('Status: offen')).toBeVisible();
    const rows = await rankingRows();
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Kulturscheune Beispieldorf (Demo)',
      'Medienwerkstatt Testhausen (Demo)',
      'Netzwerk Kreativkreis Exempel (Demo)',
    ]);
    expect(cells(rows[0]!).slice(0, 6)).toEqual(['1', 'Beispieldorf, Mecklenburg-Vorpommern', '4,30', '2 von 2', '2', 'offen']);
    // scored on 1 of 2 criteria: ranked apart, first among the incomplete ones
    expect(cells(rows[1]!).slice(0, 5)).toEqual(['1', 'Testhausen, Niedersachsen', '3,75', '1 von 2', '1']);
    expect(screen.getByRole('heading', { level: 3, name: 'Unvollständig bewertet' })).toBeVisible();
    const incomplete = screen.getByRole('table', { name: /^Unvollständig bewertete Kandidaturen/ });
    expect(
      within(incomplete)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Medienwerkstatt Testhausen (Demo)', 'Netzwerk Kreativkreis Exempel (Demo)']);
    expect(within(rows[2]!).getByText('ohne Rang')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('noch nicht bewertet')).toBeVisible();
    expect(document.title).toBe('Auswahlrunde 2026 – KreativLand Transfer');
  });

  it('shows per candidate and criterion the mean score, the number of jurors and the own score', async () => {
    stubApi(boardHandlers());
    renderApp({ route: boardRoute, auth: coordinator() });

    const table = await matrix();
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual(['Kandidatur', 'ErfahrungGewicht 1', 'ÜbertragbarkeitGewicht 1,5']);
    const scheuneRow = within(table)
      .getByRole('rowheader', { name: /Kulturscheune/ })
      .closest('tr')!;
    const [experienceCell, transferCell] = within(scheuneRow).getAllByRole('cell');
    expect(experienceCell).toHaveTextContent('Mittelwert 4,5');
    expect(experienceCell).toHaveTextContent('2 Jurymitglieder');
    expect(experienceCell).toHaveTextContent('Ihre Punktzahl: 5');
    expect(transferCell).toHaveTextContent('Mittelwert 4,0');
    expect(transferCell).toHaveTextContent('1 Jurymitglied');
    const netzwerkRow = within(table)
      .getByRole('rowheader', { name: /Netzwerk/ })
      .closest('tr')!;
    expect(within(netzwerkRow).getAllByText('noch keine Bewertung')).toHaveLength(2);
    expect(
      within(scheuneRow).getByRole('button', { name: 'Ändern – Kulturscheune Beispieldorf (Demo), Erfahrung' }),
    ).toBeVisible();
    expect(
      within(netzwerkRow).getByRole('button', { name: 'Bewerten – Netzwerk Kreativkreis Exempel (Demo), Übertragbarkeit' }),
    ).toBeVisible();
  });

  it('decision dialog requires a rationale, posts the decision and the board shows the badge', async () => {
    const user = userEvent.setup();
    let candidates: RankedCandidate[] = [scheune, medien, netzwerk];
    const { requests } = stubApi({
      ...boardHandlers(() => round(candidates)),
      [decisionPath(scheune.id)]: async (request) => {
        const body = (await request.clone().json()) as { decision: 'SELECTED'; rationale: string };
        const decided = {
          ...scheune,
          decision: body.decision,
          rationale: body.rationale,
          decidedBy: 'Konrad Koordinator (Demo)',
        };
        candidates = [decided, medien, netzwerk];
        return { body: decided };
      },
    });
    renderApp({ route: boardRoute, auth: coordinator() });

    const [first] = await rankingRows();
    const trigger = within(first!).getByRole('button', { name: 'Entscheiden über Kulturscheune Beispieldorf (Demo)' });
    await user.click(trigger);

    const dialog = screen.getByRole('dialog', { name: 'Entscheiden: Kulturscheune Beispieldorf (Demo)?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    const selected = within(dialog).getByRole('radio', { name: 'Ausgewählt' });
    expect(selected).toHaveFocus();
    expect(within(dialog).getByRole('radio', { name: 'Warteliste' })).toBeVisible();
    expect(within(dialog).getByRole('radio', { name: 'Abgelehnt' })).toBeVisible();

    await user.click(selected);
    await user.click(within(dialog).getByRole('button', { name: 'Ja, Entscheiden' }));

    const rationale = within(dialog).getByRole('textbox', { name: 'Begründung' });
    expect(rationale).toHaveAttribute('aria-invalid', 'true');
    expect(rationale).toHaveAccessibleDescription(/Bitte begründen Sie die Entscheidung\./);
    expect(rationale).toHaveFocus();
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);

    await user.type(rationale, 'Starke Verankerung im Dorf, gut übertragbar.');
    await user.click(within(dialog).getByRole('button', { name: 'Ja, Entscheiden' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const post = requests.find((request) => request.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe(decisionPath(scheune.id));
    expect(post.headers.get('If-Match'), 'the decision names the version shown').toBe(`"${scheune.version}"`);
    expect(await post.json()).toEqual({ decision: 'SELECTED', rationale: 'Starke Verankerung im Dorf, gut übertragbar.' });

    const [decidedRow] = await rankingRows();
    await within(decidedRow!).findByText('Ausgewählt');
    expect(decidedRow).toHaveTextContent('Starke Verankerung im Dorf, gut übertragbar.');
    // while the round is open the decision can be revised
    expect(within(decidedRow!).getByRole('button', { name: /Entscheiden/ })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Entscheidung gespeichert: Kulturscheune Beispieldorf (Demo) – Ausgewählt.',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Rangliste' })).toHaveFocus();
  });

  it('asks for a decision before posting, and Escape closes the dialog returning focus', async () => {
    const user = userEvent.setup();
    const { requests } = stubApi(boardHandlers());
    renderApp({ route: boardRoute, auth: coordinator() });

    const [, second] = await rankingRows();
    const trigger = within(second!).getByRole('button', { name: /Entscheiden/ });
    await user.click(trigger);
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: 'Begründung' }), 'Noch unklar.');
    await user.click(within(dialog).getByRole('button', { name: 'Ja, Entscheiden' }));

    expect(within(dialog).getByRole('group', { name: 'Entscheidung' })).toHaveAccessibleDescription(
      'Bitte wählen Sie eine Entscheidung.',
    );
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
  });

  it('shows no decision buttons to a coach, who may still score', async () => {
    stubApi(boardHandlers());
    renderApp({ route: boardRoute, auth: coach() });

    await rankingRows();
    await matrix();
    expect(screen.queryByRole('button', { name: /Entscheiden/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Aktion' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^(Bewerten|Ändern) – / }).length).toBeGreaterThan(0);
  });

  it("shows the candidate's application beside the score: summary, facts and description", async () => {
    const user = userEvent.setup();
    stubApi({
      ...boardHandlers(),
      [myAssessmentPath(scheune.id, transferability.id)]: () => problem(404, 'Not Found', 'No assessment of yours'),
    });
    renderApp({ route: boardRoute, auth: coach() });

    await matrix();
    await user.click(screen.getByRole('button', { name: 'Bewerten – Kulturscheune Beispieldorf (Demo), Übertragbarkeit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Bewertung: Übertragbarkeit' });
    const panel = await within(dialog).findByRole('region', { name: 'Bewerbung' });
    expect(panel).toHaveTextContent('Konzerte, Theater und Werkstätten in einer umgebauten Scheune.');
    const facts = Object.fromEntries(
      within(panel)
        .getAllByRole('term')
        .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    );
    expect(facts).toEqual({
      Organisationsform: 'Verein',
      Ort: 'Beispieldorf, Mecklenburg-Vorpommern',
      Siedlungstyp: expect.any(String),
      Teilmärkte: expect.stringContaining('Musikwirtschaft'),
      Gründungsjahr: '2009',
      Teamgröße: '12',
      Website: 'https://kulturscheune.example',
    });
    expect(within(panel).getByRole('link', { name: 'https://kulturscheune.example' })).toHaveAttribute(
      'href',
      'https://kulturscheune.example',
    );
    await user.click(within(panel).getByText('Beschreibung der Organisation'));
    expect(within(panel).getByRole('heading', { name: 'Vorhaben' })).toBeVisible();
    expect(within(panel).getByText('Proberäume').tagName).toBe('STRONG');
    // The scoring form is still there below the application.
    expect(within(dialog).getByRole('radio', { name: '4' })).toBeInTheDocument();
  });

  it('says so when a candidate left summary and description empty, and lists only the facts it gave', async () => {
    const user = userEvent.setup();
    stubApi({
      ...boardHandlers(),
      [myAssessmentPath(netzwerk.id, transferability.id)]: () => problem(404, 'Not Found', 'No assessment of yours'),
    });
    renderApp({ route: boardRoute, auth: coach() });

    await matrix();
    await user.click(screen.getByRole('button', { name: 'Bewerten – Netzwerk Kreativkreis Exempel (Demo), Übertragbarkeit' }));
    const panel = await within(await screen.findByRole('dialog')).findByRole('region', { name: 'Bewerbung' });
    expect(panel).toHaveTextContent('Die Organisation hat keine Kurzbeschreibung angegeben.');
    expect(panel).toHaveTextContent('Die Organisation hat keine ausführliche Beschreibung angegeben.');
    expect(
      within(panel)
        .getAllByRole('term')
        .map((term) => term.textContent),
    ).toEqual(['Organisationsform', 'Ort']);
  });

  it('says the scores are frozen when the API answers 409 to a score', async () => {
    const user = userEvent.setup();
    const { requests } = stubApi({
      ...boardHandlers(),
      [myAssessmentPath(netzwerk.id, transferability.id)]: (request) =>
        request.method === 'PUT'
          ? problem(409, 'Conflict', 'The candidate was decided (SELECTED): its scores are frozen')
          : problem(404, 'Not Found', 'No assessment of yours'),
    });
    renderApp({ route: boardRoute, auth: coach() });

    await matrix();
    await user.click(screen.getByRole('button', { name: 'Bewerten – Netzwerk Kreativkreis Exempel (Demo), Übertragbarkeit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Bewertung: Übertragbarkeit' });
    await user.click(await within(dialog).findByRole('radio', { name: '4' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Begründung mit Belegen' }), 'Konzept ist dokumentiert.');
    await user.click(within(dialog).getByRole('button', { name: 'Bewertung speichern' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Die Bewertungen dieser Kandidatur sind eingefroren');
    expect(alert).toHaveTextContent('its scores are frozen');
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.has('If-Match')).toBe(false);
    expect(await put.json()).toEqual({ score: 4, evidence: 'Konzept ist dokumentiert.' });
  });

  it('changes an own score with If-Match from the ETag of its GET', async () => {
    const user = userEvent.setup();
    const own = assessmentsByCandidate[scheune.id]![2]!;
    const { requests } = stubApi({
      ...boardHandlers(),
      [myAssessmentPath(scheune.id, transferability.id)]: (request) =>
        request.method === 'PUT'
          ? { body: { ...own, score: 5, version: 4 }, headers: { ETag: '"4"' } }
          : { body: own, headers: { ETag: '"3"' } },
    });
    renderApp({ route: boardRoute, auth: coordinator() });

    await matrix();
    await user.click(screen.getByRole('button', { name: 'Ändern – Kulturscheune Beispieldorf (Demo), Übertragbarkeit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Bewertung: Übertragbarkeit' });
    await waitFor(() => expect(within(dialog).getByRole('radio', { name: '4' })).toBeChecked());
    expect(within(dialog).getByRole('radio', { name: '4' })).toHaveFocus();
    expect(within(dialog).getByRole('textbox', { name: 'Begründung mit Belegen' })).toHaveValue('Begründung 4');
    await user.click(within(dialog).getByRole('radio', { name: '5' }));
    await user.click(within(dialog).getByRole('button', { name: 'Bewertung speichern' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Bewertung gespeichert: Kulturscheune Beispieldorf (Demo), Übertragbarkeit: 5 Punkte.',
    );
  });

  it("explains a 403 for a juror of the candidate's own organisation", async () => {
    const user = userEvent.setup();
    stubApi({
      ...boardHandlers(),
      [myAssessmentPath(netzwerk.id, transferability.id)]: () =>
        problem(403, 'Forbidden', "You belong to this candidate's organisation and cannot assess it"),
    });
    renderApp({ route: boardRoute, auth: coach() });

    await matrix();
    await user.click(screen.getByRole('button', { name: 'Bewerten – Netzwerk Kreativkreis Exempel (Demo), Übertragbarkeit' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Sie gehören zur Organisation dieser Kandidatur und dürfen sie deshalb nicht bewerten.',
    );
    expect(within(dialog).queryByRole('button', { name: 'Bewertung speichern' })).not.toBeInTheDocument();
  });
});
