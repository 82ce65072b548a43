import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, loginThroughKeycloak } from './helpers';

test.describe.configure({ timeout: 180_000 });

// Demo: a cooperation event recorded for the figures but not on the public calendar (R__80_demo_portraits_and_events.sql).
const EVENT = 'Kooperationsveranstaltung Kreativwirtschaft trifft Handwerk Zittau (Demo)';

/** A word no earlier run has written (letters only, so the German stemmer treats it as a word). */
function uniqueWord(): string {
  const letters = Date.now()
    .toString()
    .split('')
    .map((digit) => 'bcdfghklmn'[Number(digit)])
    .join('');
  return `Lehmputz${letters}`;
}

async function signIn(page: Page, username: string) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await loginThroughKeycloak(page, username, username);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Abmelden' })).toBeVisible();
}

/** Presses Tab until the target has the focus: proves it is reachable by keyboard alone, in order. */
async function tabTo(page: Page, target: Locator, limit = 120) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the element');
}

async function anonymousPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test('a coordinator drafts a portrait by keyboard alone, publishes it after confirming, and a visitor finds it by a word of its interview', async ({
  page,
  browser,
}) => {
  const word = uniqueWord();
  const title = `Die Lehmbauerin ${word} (E2E)`;
  await signIn(page, 'coordinator');
  const programme = page.getByRole('banner').getByRole('list', { name: 'Programmsteuerung' });
  await programme.getByRole('link', { name: 'Porträts pflegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Porträts pflegen' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Porträts' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('combobox', { name: 'Status' }).selectOption('DRAFT');
  await expect(page.getByRole('table', { name: 'Porträts' }).getByText('Entwurf').first()).toBeVisible();

  await page.getByRole('link', { name: 'Neues Porträt anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Neues Porträt' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Keyboard only: from the top of the page through the form's fields to the save button.
  const form = page.getByRole('form', { name: 'Neues Porträt' });
  await page.locator('body').focus();
  await tabTo(page, form.getByRole('textbox', { name: /^Titel/ }));
  await page.keyboard.type(title);
  await page.keyboard.press('Tab');
  await expect(form.getByRole('textbox', { name: /^Vorspann/ })).toBeFocused();
  await page.keyboard.type('Sie baut mit Lehm und Stroh.');
  await page.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: 'Vorschau' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(form.getByRole('textbox', { name: 'Interview (Markdown)' })).toBeFocused();
  await page.keyboard.type(`Wir verputzen alte Höfe mit ${word} und Kalk.`);
  await tabTo(page, form.getByRole('textbox', { name: /^Ort/ }));
  await page.keyboard.type('Zittau');
  await page.keyboard.press('Tab');
  await expect(form.getByRole('combobox', { name: /^Bundesland/ })).toBeFocused();
  await page.keyboard.type('Sachsen');
  await expect(form.getByRole('combobox', { name: /^Bundesland/ })).toHaveValue('SN');
  await tabTo(page, form.getByRole('button', { name: 'Entwurf anlegen' }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Porträt bearbeiten' })).toBeVisible();
  await expect(page.getByText('Der Entwurf ist gespeichert.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Veröffentlichen' }).click();
  const dialog = page.getByRole('dialog', { name: `Veröffentlichen: Porträt „${title}“?` });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Ja, Veröffentlichen' }).click();
  await expect(page.getByText('Das Porträt ist veröffentlicht.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zurückziehen' })).toBeVisible();

  const visitor = await anonymousPage(browser);
  await visitor.goto('/portraits');
  await visitor.getByRole('searchbox', { name: 'Porträts durchsuchen' }).fill(word);
  await visitor.getByRole('button', { name: 'Suchen' }).click();
  const results = visitor.getByRole('region', { name: 'Porträts' });
  await results.getByRole('link', { name: title }).click();
  await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await visitor.context().close();
});

test('a coordinator marks an event public with one place; of two visitors the second waits', async ({ page, browser }) => {
  await signIn(page, 'coordinator');
  const programme = page.getByRole('banner').getByRole('list', { name: 'Programmsteuerung' });
  await programme.getByRole('link', { name: 'Veranstaltungen veröffentlichen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Veranstaltungen veröffentlichen' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Art' }).selectOption('COOPERATION');
  await expect(page.getByRole('table', { name: 'Erfasste Veranstaltungen' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: EVENT }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Veranstaltung veröffentlichen' })).toBeVisible();
  await expectNoAxeViolations(page);
  const eventId = page.url().split('/').pop()!;
  // One place more than those already registered (the e2e database may be reused; the waiting list moves up first).
  const summary = await page.getByRole('region', { name: 'Anmeldungen' }).locator('p').first().textContent();
  const counts = /^(\d+) von \d+ Plätzen vergeben, (\d+) auf/.exec(summary ?? '');
  const taken = counts ? Number(counts[1]) + Number(counts[2]) : 0;
  const form = page.getByRole('form', { name: 'Öffentliche Angaben' });
  await form.getByRole('checkbox', { name: 'Im öffentlichen Kalender zeigen' }).check();
  await form.getByRole('textbox', { name: /^Beschreibung/ }).fill('Handwerk und Kreativwirtschaft lernen sich kennen.');
  await form.getByRole('spinbutton', { name: /^Plätze/ }).fill(String(taken + 1));
  await form.getByRole('checkbox', { name: 'Anmeldung geöffnet' }).check();
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(form.getByText('Gespeichert.')).toBeVisible();
  await expect(page.getByText(`${taken} von ${taken + 1} Plätzen vergeben`)).toBeVisible();

  const visitor = await anonymousPage(browser);
  const register = async (name: string) => {
    await visitor.goto(`/events/${eventId}`);
    await expect(visitor.getByRole('heading', { level: 1, name: EVENT })).toBeVisible();
    await expect(visitor.getByText('Kooperationsveranstaltung', { exact: false }).first()).toBeVisible();
    await visitor.getByRole('textbox', { name: 'Name' }).fill(name);
    await visitor
      .getByRole('textbox', { name: 'E-Mail-Adresse' })
      .fill(`${name.toLowerCase().replace(/\s/g, '.')}.${Date.now()}@example.org`);
    await visitor.getByRole('checkbox', { name: /Ich bin einverstanden/ }).check();
    await visitor.getByRole('button', { name: 'Verbindlich anmelden' }).click();
  };
  await register('Erste Besucherin');
  await expect(visitor.getByText('Sie sind angemeldet.')).toBeVisible();
  await register('Zweiter Besucher');
  await expect(visitor.getByText(/Sie stehen auf Platz \d+ der Warteliste/)).toBeVisible();
  await visitor.context().close();

  await page.reload();
  const registrations = page.getByRole('table', { name: /^Anmeldungen/ });
  await expect(registrations.getByRole('row', { name: /Erste Besucherin.*Angemeldet/ }).last()).toBeVisible();
  await expect(registrations.getByRole('row', { name: /Zweiter Besucher.*Warteliste/ }).last()).toBeVisible();
  await expectNoAxeViolations(page);
});
