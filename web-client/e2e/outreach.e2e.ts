import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, loginThroughKeycloak } from './helpers';

// Columns of the API's CSV (OutreachReportCsv.COLUMNS); the file starts with a UTF-8 byte order mark.
const CSV_HEADER =
  'indicator,nameDe,nameEn,unit,kind,breakdown,label,state,from,to,value,partial,previousValue,baseline,target,attainment';

function card(page: Page, name: string) {
  return page
    .getByRole('region', { name: 'Harte Fakten' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });
}

// Read-only against the demo world: nothing is saved, so the test can run again on the same database.
test('advisor sees the first 100 days, narrows the range and downloads the figures as CSV', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await loginThroughKeycloak(page, 'advisor', 'advisor');
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('button', { name: 'Abmelden' })).toBeVisible();

  await banner.getByRole('link', { name: 'Reichweite', exact: true }).click();
  await expect(page).toHaveURL(/\/outreach/);
  await expect(page.getByRole('heading', { level: 1, name: 'Reichweite' })).toBeVisible();

  // The demo's first 100 days (27.06.–04.10.2017): 80 own events and network talks, 1,280 Facebook followers.
  const events = card(page, 'Eigene Veranstaltungen und Netzwerkgespräche');
  await expect(events).toContainText('80 Veranstaltungen');
  await expect(events).toContainText('Zielerreichung: 133,3 % (Ziel 60)');
  await expect(card(page, 'Facebook-Follower')).toContainText('1.280 Follower');
  // The advisor (limited to Saxony) can choose among the Saxon scopes only.
  const scope = page.getByLabel('Bereich', { exact: true });
  await expect(scope.locator('option', { hasText: 'Kreatives Sachsen' })).toHaveCount(1);
  await expect(scope.locator('option', { hasText: 'Künstlerstadt Kalbe e.V.' })).toHaveCount(0);

  const trend = page.getByRole('region', { name: 'Verlauf' });
  await expect(trend.getByRole('img', { name: /nach Monaten, 27\.06\.2017 bis 04\.10\.2017/ })).toBeVisible();
  await trend.getByText('Als Tabelle anzeigen').first().click();
  const seriesTable = trend.getByRole('table').first();
  await expect(seriesTable.locator('tbody tr')).toHaveCount(5); // June to October
  await expectNoAxeViolations(page);

  // Only July: fewer events, one month in the series, and the address keeps the range.
  await page.getByLabel('Von', { exact: true }).fill('2017-07-01');
  await page.getByLabel('Bis', { exact: true }).fill('2017-07-31');
  await expect(page).toHaveURL(/from=2017-07-01.*to=2017-07-31/);
  await expect(trend.getByRole('img', { name: /nach Monaten, 01\.07\.2017 bis 31\.07\.2017/ })).toBeVisible();
  await expect(seriesTable.locator('tbody tr')).toHaveCount(1);
  await expect(events).not.toContainText('80 Veranstaltungen');
  await expect(events.locator('.fact-card__value')).toHaveText(/^\d+ Veranstaltungen$/);

  await page.getByLabel('Dateiformat').selectOption({ label: 'CSV für Programme (Komma, Dezimalpunkt)' });
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tabelle herunterladen' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^outreach-report-.*2017-07-01-2017-07-31\.csv$/);
  const text = await readFile((await download.path())!, 'utf8');
  const [header, ...rows] = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  expect(header).toBe(CSV_HEADER);
  expect(rows.some((row) => row.startsWith('events_held,'))).toBe(true);
  await expect(page.getByText('Die Tabelle mit den Kennzahlen wurde heruntergeladen.')).toBeVisible();

  // The same figures for German Excel: semicolons and German headings, named for people.
  await page.getByLabel('Dateiformat').selectOption({ label: 'CSV für Excel (Semikolon, Dezimalkomma)' });
  const germanPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tabelle herunterladen' }).click();
  const german = await germanPromise;
  expect(german.suggestedFilename()).toMatch(/^reichweite-.*2017-07-01-2017-07-31\.csv$/);
  const germanText = await readFile((await german.path())!, 'utf8');
  expect(germanText.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toMatch(/^Kennzahl;Name;Name \(englisch\);Einheit;/);
});

test('anonymous visitors find "Reichweite" in the navigation and see the published figures', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Reichweite', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reichweite' })).toBeVisible();
  await expect(page.getByText(/Sie sehen die veröffentlichten Kennzahlen/)).toBeVisible();
  // The first 100 days are a LOCKED period, so their public figures are published.
  await expect(card(page, 'Facebook-Follower')).toContainText('1.280 Follower');
  await expect(page.getByLabel('Bereich', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 3, name: 'Schneeballeffekt' })).toBeVisible();
  await expectNoAxeViolations(page);
});
