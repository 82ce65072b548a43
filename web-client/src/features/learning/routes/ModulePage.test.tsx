import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubApi } from '@/test/fake-api';
import { renderApp, signedInAuth } from '@/test/render-app';
import { topics } from '@/test/coach-fixtures';
import { CONCEPT_ID } from '@/test/concept-fixtures';
import { MODULE_ID, MODULE_SLUG, moduleDetail } from '../testing/fixtures';

const route = `/learning/modules/${MODULE_SLUG}`;
const detailPath = `/api/v1/learning-modules/${MODULE_SLUG}`;

describe('learning module page', () => {
  it('shows title, body without raw HTML, the licence link, authors and the provenance link', async () => {
    stubApi({
      [detailPath]: () => ({ body: moduleDetail({ provenance: { conceptId: CONCEPT_ID, section: 'STARTING_SITUATION' } }) }),
      '/api/v1/expertise-topics': () => ({ body: topics }),
    });
    const { container } = renderApp({ route });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Förderung für Kulturprojekte im ländlichen Raum finden' }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Worum es geht' })).toBeVisible();
    expect(screen.getByText('Förderung', { selector: 'strong' })).toBeVisible();
    expect(container.querySelector('script')).toBeNull();
    const licence = screen.getByRole('link', { name: /CC BY-SA 4.0/ });
    expect(licence).toHaveAttribute('href', 'https://creativecommons.org/licenses/by-sa/4.0/deed.de');
    expect(screen.getByText('Fritz Förder (Demo)')).toBeVisible();
    const provenance = screen.getByRole('link', { name: 'Aus einem Transferkonzept, Abschnitt „Ausgangslage“' });
    expect(provenance).toHaveAttribute('href', `/concepts/${CONCEPT_ID}`);
    expect(screen.queryByRole('button', { name: 'Als erledigt markieren' })).not.toBeInTheDocument();
  });

  it('names "Alle Rechte vorbehalten" without a link, and no provenance when there is none', async () => {
    stubApi({ [detailPath]: () => ({ body: moduleDetail({ licence: 'ALL_RIGHTS_RESERVED' }) }) });
    renderApp({ route });
    expect(await screen.findByText('Alle Rechte vorbehalten')).toBeVisible();
    expect(screen.queryByRole('link', { name: /Alle Rechte/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Aus einem Transferkonzept/ })).not.toBeInTheDocument();
  });

  it('lets a signed-in user mark the module done and take it back', async () => {
    const user = userEvent.setup();
    let done = false;
    const { requests } = stubApi({
      [detailPath]: () => ({ body: moduleDetail(done ? { completedAt: '2026-01-01T10:00:00+01:00' } : {}) }),
      [`/api/v1/learning-modules/${MODULE_ID}/progress`]: (request) => {
        done = request.method === 'PUT';
        return done
          ? { body: { moduleId: MODULE_ID, slug: MODULE_SLUG, title: 'x', completedAt: '2026-01-01T10:00:00+01:00' } }
          : { status: 204 };
      },
    });
    renderApp({ route, auth: signedInAuth('Paula Partner', ['partner']) });

    await user.click(await screen.findByRole('button', { name: 'Als erledigt markieren' }));
    await user.click(await screen.findByRole('button', { name: 'Erledigt ✓ – zurücknehmen' }));
    expect(await screen.findByRole('button', { name: 'Als erledigt markieren' })).toBeVisible();
    await waitFor(() =>
      expect(requests.filter((request) => request.url.endsWith('/progress')).map((request) => request.method)).toEqual([
        'PUT',
        'DELETE',
      ]),
    );
  });

  it('shows its authors the status of a draft and the way to edit it; readers of published modules see neither', async () => {
    stubApi({
      [detailPath]: () => ({ body: moduleDetail({ status: 'DRAFT', editable: true, allowedTransitions: ['IN_REVIEW'] }) }),
    });
    const first = renderApp({ route, auth: signedInAuth('Clara Coach (Demo)', ['coach']) });
    expect(await screen.findByText('Entwurf')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Lernmodul bearbeiten' })).toHaveAttribute(
      'href',
      `/learning/authoring/${MODULE_ID}`,
    );
    first.unmount();

    stubApi({ [detailPath]: () => ({ body: moduleDetail() }) });
    renderApp({ route });
    await screen.findByRole('heading', { level: 1, name: 'Förderung für Kulturprojekte im ländlichen Raum finden' });
    expect(screen.queryByRole('link', { name: 'Lernmodul bearbeiten' })).not.toBeInTheDocument();
    expect(screen.queryByText('Status:')).not.toBeInTheDocument();
  });
});
