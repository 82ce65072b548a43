import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubApi } from '@/test/fake-api';
import { renderApp, signedInAuth } from '@/test/render-app';
import { ROUND_ID, boardHandlers, roundPage } from '../testing/fixtures';

describe('selection rounds', () => {
  it("lists the rounds with status and counts and opens a round's board", async () => {
    const user = userEvent.setup();
    stubApi({ '/api/v1/selection-rounds': () => ({ body: roundPage }), ...boardHandlers() });
    const { router } = renderApp({ route: '/', auth: signedInAuth('Konrad Koordinator (Demo)', ['coordinator']) });

    await user.click(within(screen.getByRole('navigation', { name: 'Hauptnavigation' })).getByRole('link', { name: 'Auswahl' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Auswahlrunden' })).toBeVisible();
    const table = await screen.findByRole('table', { name: 'Auswahlrunden, neueste zuerst' });
    const [, open, closed] = within(table).getAllByRole('row');
    expect(open).toHaveTextContent('Auswahlrunde 2026');
    expect(open).toHaveTextContent('offen');
    expect(closed).toHaveTextContent('abgeschlossen');
    expect(
      within(closed!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['abgeschlossen', '6', '6', '01.06.2020']);

    await user.click(within(open!).getByRole('link', { name: 'Auswahlrunde 2026' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Auswahlrunde 2026' })).toBeVisible();
    expect(router.state.location.pathname).toBe(`/selection/${ROUND_ID}`);
  });

  it('is not offered to partners, who are told the board is for jurors, and nothing is fetched', () => {
    const { fetchStub } = stubApi({});
    renderApp({ route: '/selection', auth: signedInAuth('Paula Partner (Demo)', ['partner']) });

    expect(screen.queryByRole('link', { name: 'Auswahl' })).not.toBeInTheDocument();
    expect(screen.getByText(/nur Koordination, Administration und Coaches offen/)).toBeVisible();
    expect(fetchStub).not.toHaveBeenCalled();
  });

  it('shows the navigation item to coaches and admins', () => {
    stubApi({ '/api/v1/selection-rounds': () => ({ body: roundPage }) });
    renderApp({ route: '/selection', auth: signedInAuth('Clara Coach (Demo)', ['coach']) });
    expect(screen.getByRole('link', { name: 'Auswahl' })).toHaveAttribute('href', '/selection');
  });
});
