import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

// The public face against the demo world (R__80_demo_portraits_and_events.sql): an anonymous visitor finds a
// portrait by a word of its interview, opens an upcoming event, fetches its calendar file and registers.
const PORTRAIT = 'Mira Morgenroth: Siebdruck im Hinterhof (Demo)';
const EVENT = 'Netzwerkgespräch Kreativwirtschaft Görlitz (Demo)';

test('an anonymous visitor finds a portrait by a word of its interview, opens an event, gets its calendar file and registers', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Porträts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Porträts #flächenglühen' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('searchbox', { name: 'Porträts durchsuchen' }).fill('Lastenrad');
  await page.getByRole('button', { name: 'Suchen' }).click();
  const results = page.getByRole('region', { name: 'Porträts' });
  await expect(results.locator('mark').first()).toHaveText('Lastenrad');
  await results.getByRole('link', { name: PORTRAIT }).click();
  await expect(page.getByRole('heading', { level: 1, name: PORTRAIT })).toBeVisible();
  await expect(page.getByText('Siebdruckwerkstatt', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('banner').getByRole('link', { name: 'Veranstaltungen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Veranstaltungen' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Monatsansicht' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Listenansicht' }).click();

  await page.getByRole('link', { name: EVENT }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: EVENT })).toBeVisible();
  await expectNoAxeViolations(page);

  const ics = page.getByRole('link', { name: 'In meinen Kalender eintragen (.ics)' });
  const href = await ics.getAttribute('href');
  expect(href).toMatch(/\/api\/v1\/public-events\/[0-9a-f-]{36}\/calendar\.ics$/);
  const response = await page.request.get(href!);
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toContain('text/calendar');
  const calendar = (await response.text()).replace(/\r\n[ \t]/g, '');
  expect(calendar).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(calendar).toContain('BEGIN:VEVENT');
  expect(calendar).toContain(`SUMMARY:${EVENT}`);
  expect(calendar).toMatch(/DTSTART:\d{8}T\d{6}Z/);
  expect(calendar.trimEnd()).toMatch(/END:VCALENDAR$/);

  const email = `e2e-${Date.now()}@example.org`;
  await page.getByRole('textbox', { name: 'Name' }).fill('Erika Probe');
  await page.getByRole('textbox', { name: 'E-Mail-Adresse' }).fill(email);
  await page.getByRole('checkbox', { name: /Ich bin einverstanden/ }).check();
  await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();
  await expect(page.getByText(/Sie sind angemeldet|Warteliste/).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Meine Anmeldung' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meine Anmeldung' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Anmeldung absagen' })).toBeVisible();
});
