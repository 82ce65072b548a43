import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/test/render-app';

describe('unknown address', () => {
  it('shows a not-found page with a link back to the start page', () => {
    renderApp({ route: '/gibt-es-nicht' });

    expect(screen.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Zur Startseite' })).toHaveAttribute('href', '/');
    expect(document.title).toBe('Seite nicht gefunden – KreativLand Transfer');
  });
});
