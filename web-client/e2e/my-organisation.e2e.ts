import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openMyOrganisation, uniqueTeamSize } from './helpers';

test('partner user changes the team size of its organisation and saves it', async ({ page }) => {
  const { main, teamSize } = await openMyOrganisation(page, 'partner2');
  await expect(main.getByRole('textbox', { name: 'Name (Pflichtfeld)' })).toHaveValue('Künstlerkolonie Fichtelgebirge e.V.');
  await expect(main.getByRole('textbox', { name: 'Rolle im Programm' })).toHaveValue('Beste-Praxis-PartnerIn');
  await expectNoAxeViolations(page);

  const value = String(uniqueTeamSize());
  await teamSize.fill(value);
  await main.getByRole('button', { name: 'Speichern', exact: true }).click();

  await expect(main.getByRole('status').filter({ hasText: /^Gespeichert$/ })).toBeVisible();
  await expect(teamSize).toHaveValue(value);

  // The public profile, read from the server, shows the new team size.
  await page.goto('/partners?q=Fichtelgebirge');
  await page.getByRole('link', { name: 'Künstlerkolonie Fichtelgebirge e.V.', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Künstlerkolonie Fichtelgebirge e.V.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Steckbrief' })).toContainText(`${value} Personen`);
});

test('a save based on an old version shows the conflict and loads the other save on request', async ({ browser }) => {
  const options = { baseURL: test.info().project.use.baseURL, locale: 'de-DE' };
  const first = await browser.newContext(options);
  const second = await browser.newContext(options);
  try {
    // The same partner opens the form twice (two logins): both forms start from the same version.
    const a = await openMyOrganisation(await first.newPage(), 'partner2');
    const b = await openMyOrganisation(await second.newPage(), 'partner2');
    const firstValue = String(uniqueTeamSize(7));
    const secondValue = String(uniqueTeamSize(13));

    await a.teamSize.fill(firstValue);
    await a.main.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect(a.main.getByRole('status').filter({ hasText: /^Gespeichert$/ })).toBeVisible();

    await b.teamSize.fill(secondValue);
    await b.main.getByRole('button', { name: 'Speichern', exact: true }).click();

    const alert = b.main.getByRole('alert').filter({ hasText: 'Inzwischen hat jemand anderes gespeichert' });
    await expect(alert).toBeVisible();
    await expect(alert).toBeFocused();
    await expect(b.main.getByRole('status').filter({ hasText: /^Gespeichert$/ })).toHaveCount(0);
    // Nothing is discarded before the user asks for it.
    await expect(b.teamSize).toHaveValue(secondValue);

    await alert.getByRole('button', { name: 'Neueste Fassung laden' }).click();

    await expect(b.teamSize).toHaveValue(firstValue);
    await expect(alert).toHaveCount(0);
    await expect(b.main.getByText('Die neueste Fassung ist geladen.')).toBeVisible();
  } finally {
    await first.close();
    await second.close();
  }
});
