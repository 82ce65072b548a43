import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '@/test/fake-api';
import { renderApp, signedInAuth } from '@/test/render-app';

const main = () => screen.getByRole('main');

describe('administration overview', { timeout: 30_000 }, () => {
  it('offers an admin every screen', () => {
    stubApi({});
    renderApp({ route: '/admin', auth: signedInAuth('Ada Admin (Demo)', ['admin']) });
    for (const name of [
      'Mitgliedschaften',
      'Auswahlkriterien',
      'Auswahlrunden',
      'Themen der Coaches',
      'Coaches',
      'Coaching-Zuordnungen',
      'Datenschutz',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeVisible();
    }
  });

  it('offers a coordinator only the parts coordinators manage', () => {
    stubApi({});
    renderApp({ route: '/admin', auth: signedInAuth('Konrad Koordinator (Demo)', ['coordinator']) });
    expect(screen.getByRole('link', { name: 'Auswahlrunden' })).toHaveAttribute('href', '/admin/selection-rounds');
    expect(screen.getByRole('link', { name: 'Coaching-Zuordnungen' })).toHaveAttribute('href', '/admin/coaching-assignments');
    expect(screen.queryByRole('heading', { level: 2, name: 'Mitgliedschaften' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2, name: 'Auswahlkriterien' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2, name: 'Datenschutz' })).not.toBeInTheDocument();
  });

  it('tells a partner it is not for them', () => {
    stubApi({});
    renderApp({ route: '/admin', auth: signedInAuth('Paula Partner (Demo)', ['partner']) });
    expect(main()).toHaveTextContent('Die Verwaltung ist für Administration und Koordination.');
  });
});
