import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubApi, validationProblem } from '@/test/fake-api';
import { renderApp, signedInAuth } from '@/test/render-app';
import {
  CONCEPT_ID,
  conceptsPage,
  ERZGEBIRGE_ID,
  HOF_ID,
  suggestion,
  suggestionPage,
  suggestionsPath,
  tandem,
  TANDEM_ID,
  tandemPath,
} from '../testing/fixtures';

const coordinator = () => signedInAuth('Konrad Koordinator (Demo)', ['coordinator']);
const second = suggestion({
  rank: 2,
  score: 0.55,
  organisation: { id: ERZGEBIRGE_ID, name: 'Kreativnetz Erzgebirge (Demo)', town: 'Annaberg-Buchholz', state: 'SN' },
});

function stubBoard(post?: (body: unknown) => ReturnType<typeof validationProblem> | { status: number; body: unknown }) {
  return stubApi({
    '/api/v1/transfer-concepts': (request) => ({ body: conceptsPage(new URL(request.url).searchParams.get('status') ?? '') }),
    [suggestionsPath]: () => ({ body: suggestionPage([suggestion(), second]) }),
    '/api/v1/tandems': async (request) => post!(await request.json()),
    [tandemPath]: () => ({ body: tandem({ status: 'PROPOSED', availableTransitions: ['AGREED', 'CANCELLED'] }) }),
    [`${tandemPath}/milestones`]: () => ({ body: { items: [], page: 0, size: 100, totalItems: 0, totalPages: 0 } }),
    [`${tandemPath}/activities`]: () => ({ body: { items: [], page: 0, size: 100, totalItems: 0, totalPages: 0 } }),
  });
}

describe('tandem board', () => {
  it('lists the approved and published concepts and shows the ranked suggestions with each reason and its share', async () => {
    stubBoard();
    renderApp({ route: `/tandems/suggest?conceptId=${CONCEPT_ID}`, auth: coordinator() });

    expect(await screen.findByRole('link', { name: /Netzwerk der Kreativen im ländlichen Raum/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const first = await screen.findByRole('article', { name: /Designkollektiv Hof/ });
    expect(within(first).getByRole('heading', { level: 3 })).toHaveTextContent('Platz 1 Designkollektiv Hof (Demo)');
    expect(first).toHaveTextContent('Punktzahl: 72 %');
    const reasons = within(first).getAllByRole('listitem');
    expect(reasons).toHaveLength(3);
    expect(reasons[0]).toHaveTextContent('Teilmärkte: Design, Musik');
    expect(reasons[0]).toHaveTextContent('Anteil 27 von höchstens 30 Prozentpunkten');
    expect(reasons[0]).toHaveTextContent('Beide arbeiten in Design und Musik.');
    const bar = within(reasons[1]!).getByRole('meter', { name: 'Anteil von Entfernung' });
    expect(bar).toHaveAttribute('aria-valuetext', 'Anteil 23 von höchstens 25 Prozentpunkten');
    expect(screen.getAllByRole('button', { name: /^Tandem vorschlagen/ })).toHaveLength(2);
  });

  it('requires a reason for a lower-ranked candidate, shows the API 400 naming selectionReason, then goes to the tandem', async () => {
    const user = userEvent.setup();
    const bodies: unknown[] = [];
    const { requests } = stubBoard((body) => {
      bodies.push(body);
      return bodies.length === 1
        ? validationProblem([
            { field: 'create.input.selectionReason', message: 'Begründung zu kurz für einen niedrigeren Platz' },
          ])
        : { status: 201, body: tandem({ status: 'PROPOSED', availableTransitions: ['AGREED', 'CANCELLED'] }) };
    });
    const { router } = renderApp({ route: `/tandems/suggest?conceptId=${CONCEPT_ID}`, auth: coordinator() });

    await user.click(await screen.findByRole('button', { name: 'Tandem vorschlagen für Kreativnetz Erzgebirge (Demo)' }));
    const dialog = screen.getByRole('dialog', { name: 'Tandem vorschlagen: Kreativnetz Erzgebirge (Demo)' });
    const reason = within(dialog).getByRole('textbox', { name: 'Begründung' });
    expect(reason).toBeRequired();
    await user.click(within(dialog).getByRole('button', { name: 'Vorschlagen' }));
    expect(within(dialog).getByText('Bitte begründen Sie, warum Sie nicht den bestplatzierten Kandidaten wählen.')).toBeVisible();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveFocus();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await user.type(reason, 'Nähe');
    await user.click(within(dialog).getByRole('button', { name: 'Vorschlagen' }));
    expect(await within(dialog).findByText('Begründung zu kurz für einen niedrigeren Platz')).toBeVisible();
    expect(bodies[0]).toEqual({ conceptId: CONCEPT_ID, tandemOrganisationId: ERZGEBIRGE_ID, selectionReason: 'Nähe' });

    await user.type(reason, ' und gleiche Themen');
    await user.click(within(dialog).getByRole('button', { name: 'Vorschlagen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/tandems/${TANDEM_ID}`));
    expect(await screen.findByText('Vorgeschlagen')).toBeVisible();
  });

  it('proposes the top-ranked candidate without a reason', async () => {
    const user = userEvent.setup();
    const bodies: unknown[] = [];
    stubBoard((body) => {
      bodies.push(body);
      return { status: 201, body: tandem({ status: 'PROPOSED', availableTransitions: [] }) };
    });
    const { router } = renderApp({ route: `/tandems/suggest?conceptId=${CONCEPT_ID}`, auth: coordinator() });

    await user.click(await screen.findByRole('button', { name: 'Tandem vorschlagen für Designkollektiv Hof (Demo)' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('textbox', { name: 'Begründung (optional)' })).not.toBeRequired();
    await user.click(within(dialog).getByRole('button', { name: 'Vorschlagen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/tandems/${TANDEM_ID}`));
    expect(bodies).toEqual([{ conceptId: CONCEPT_ID, tandemOrganisationId: HOF_ID }]);
  });

  it('is for staff only', async () => {
    stubBoard();
    renderApp({ route: `/tandems/suggest?conceptId=${CONCEPT_ID}`, auth: signedInAuth('Paula Partner (Demo)', ['partner']) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Tandem vorschlagen' })).toBeVisible();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });
});
