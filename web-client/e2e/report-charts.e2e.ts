import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const API = process.env.E2E_API_URL ?? 'http://localhost:8080';
const RANGE = 'from=2017-06-27&to=2017-10-04&interval=MONTH';

type Figures = {
  key: string;
  nameDe: string;
  unit: string;
  series: { from: string; to: string; value: number }[];
  byScope: { name: string; town?: string; value: number; latitude?: number; longitude?: number }[];
};

const german = (value: number) => new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 }).format(value);

/** The rows of a chart's data table as [label, value] pairs, read as a person would read them. */
async function tableRows(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => Array.from(row.children).map((cell) => (cell.textContent ?? '').trim())));
}

async function openReport(page: Page) {
  await page.goto(`/outreach?${RANGE}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Reichweite' })).toBeVisible();
  const trend = page.getByRole('region', { name: 'Verlauf' });
  // ECharts has drawn its SVG into each chart.
  await expect(trend.locator('.report-chart__canvas svg')).toHaveCount(2);
  return trend;
}

// Read-only against the demo world; anonymous, so the figures are the published ones of the locked 100 days.
test('the report charts pass axe, have data tables with the API figures and are reached by the keyboard', async ({
  page,
  request,
}) => {
  const response = await request.get(`${API}/api/v1/outreach-report?${RANGE}`, { headers: { Accept: 'application/json' } });
  expect(response.ok()).toBe(true);
  const report = (await response.json()) as { indicators: Figures[] };
  // The page opens with the first indicator that has figures: the actors reached.
  const shown = report.indicators.find((indicator) => indicator.series.some((point) => point.value !== 0))!;
  expect(shown.key).toBe('actors_reached');

  const trend = await openReport(page);
  const series = trend.getByRole('img', { name: /^Erreichte AkteurInnen nach Monaten, 27\.06\.2017 bis 04\.10\.2017$/ });
  const breakdown = trend.getByRole('img', { name: 'Erreichte AkteurInnen nach Bereichen' });
  await expect(series).toBeVisible();
  await expect(breakdown).toBeVisible();
  // The value axis is named with the unit, and no axis label or bar label of counted persons has decimals.
  await expect(series.locator('svg')).toContainText('Personen');
  const drawnNumbers = await series.locator('svg text').allTextContents();
  expect(drawnNumbers.filter((text) => /\d,\d/.test(text))).toEqual([]);

  // Each chart has its table, with the same figures as the API's report.
  await expect(trend.locator('details.report-chart__table table')).toHaveCount(2);
  for (const summary of await trend.getByText('Als Tabelle anzeigen').all()) await summary.click();
  const tables = trend.getByRole('table');
  await expect(tables).toHaveCount(2);
  await expect(tables.nth(0).locator('caption')).toHaveText(/Erreichte AkteurInnen nach Monaten/);
  await expect(tables.nth(0).locator('thead')).toContainText('Wert (Personen)');
  const seriesRows = await tableRows(tables.nth(0));
  expect(seriesRows.map(([, value]) => value)).toEqual(shown.series.map((point) => german(point.value)));
  expect(seriesRows.map(([, value]) => value)).toEqual(['109', '959', '1.052', '1.071', '80']);
  expect(seriesRows[0]![0]).toBe('27.06.2017 – 30.06.2017');
  const scopeRows = await tableRows(tables.nth(1));
  expect(scopeRows).toEqual(shown.byScope.map((scope) => [scope.name, german(scope.value)]));

  await expectNoAxeViolations(page);

  // Tab reaches each chart; the arrow keys show a figure with its unit in the tooltip.
  const reached: string[] = [];
  await trend.getByLabel('Kennzahl').focus();
  for (let i = 0; i < 8 && reached.length < 2; i += 1) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() =>
      document.activeElement?.classList.contains('report-chart__canvas')
        ? document.activeElement.getAttribute('aria-label')
        : null,
    );
    if (label) reached.push(label);
  }
  expect(reached).toEqual([
    'Erreichte AkteurInnen nach Monaten, 27.06.2017 bis 04.10.2017',
    'Erreichte AkteurInnen nach Bereichen',
  ]);
  await series.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(series).toContainText('01.07.2017 – 31.07.2017: 959 Personen');

  // Another indicator: the breakdown by town has a row per counselling town, with the API's figures.
  await trend.getByLabel('Kennzahl').selectOption('events_held');
  const events = report.indicators.find((indicator) => indicator.key === 'events_held')!;
  await expect(trend.getByRole('img', { name: 'Eigene Veranstaltungen und Netzwerkgespräche nach Orten' })).toBeVisible();
  await expect(tables.nth(1).locator('tbody tr')).toHaveCount(13);
  const townRows = await tableRows(tables.nth(1));
  expect(townRows).toEqual(
    (events as unknown as { byTown: { town: string; value: number }[] }).byTown.map((town) => [town.town, german(town.value)]),
  );
  // The map of counselling locations: one marker per located location, named with its town and its figure.
  const located = events.byScope.filter((scope) => scope.latitude != null && scope.longitude != null);
  expect(located).toHaveLength(13);
  const chemnitz = located.find((scope) => scope.town === 'Chemnitz')!;
  const map = page.getByRole('region', { name: 'Karte der Beratungsstellen: Eigene Veranstaltungen und Netzwerkgespräche' });
  await expect(map).toBeVisible();
  const marker = map.getByTitle(
    `Chemnitz: ${german(chemnitz.value)} ${chemnitz.value === 1 ? 'Veranstaltung' : 'Veranstaltungen'}`,
    {
      exact: true,
    },
  );
  await expect(marker).toBeVisible();
  await marker.click();
  await expect(map.locator('.leaflet-popup')).toContainText('Büro und Beratungsstelle Chemnitz');
  await expectNoAxeViolations(page);
});

test('the print view keeps the charts and their tables', async ({ page }) => {
  const trend = await openReport(page);
  await page.emulateMedia({ media: 'print' });
  await expect(trend.locator('.report-chart__canvas svg').first()).toBeVisible();
  await expect(trend.getByRole('table').first()).toBeVisible();
  await expect(page.getByRole('banner')).toBeHidden();
  // The map prints badly: left out; the table by town has the same figures.
  await expect(page.getByRole('heading', { name: 'Beratungsstellen auf der Karte' })).toBeHidden();
});

test('the map says so when the configured tile server cannot be reached', async ({ page }) => {
  // The deployment's config.js as served, with its tile server set to a closed port: every tile request fails for real.
  await page.route('**/config.js', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/"tileUrl": "[^"]*"/, '"tileUrl": "http://127.0.0.1:9/{z}/{x}/{y}.png"');
    await route.fulfill({ response, body });
  });
  await page.goto('/partners?programmeRole=BEST_PRACTICE&view=map');
  expect(
    await page.evaluate(
      () => (window as unknown as { __KREATIVLAND_CONFIG__: { tileUrl: string } }).__KREATIVLAND_CONFIG__.tileUrl,
    ),
  ).toBe('http://127.0.0.1:9/{z}/{x}/{y}.png');
  const map = page.getByRole('region', { name: 'Karte der Partner' });
  await expect(map.locator('.leaflet-marker-icon').first()).toBeVisible();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Die Kartenkacheln konnten nicht geladen werden');
  await expect(alert).toContainText('alle Angaben stehen auch in der Liste');
  await expectNoAxeViolations(page);
});
