// Pulls the public data a third-party system mirrors and prints a short summary.
// Settings: KL_API_URL, KL_KEYCLOAK_URL, KL_REALM, KL_CLIENT_ID, KL_CLIENT_SECRET (see client.ts).
import {
  apiClient,
  attemptWrite,
  fetchToken,
  learningModules,
  outreachReport,
  partnerDirectory,
  settingsFromEnv,
} from "./client.js";

// Kreatives Sachsen's first 100 days: opened 2017-06-27.
const REPORT = { from: "2017-06-27", to: "2017-10-04", state: "SN" } as const;

export async function main(): Promise<void> {
  const settings = settingsFromEnv();
  const client = apiClient(settings.apiUrl, await fetchToken(settings));
  console.log(`KreativLand Transfer API at ${settings.apiUrl}, as client ${settings.clientId}`);

  const partners = await partnerDirectory(client, 4);
  const bestPractice = partners.items.filter((partner) => partner.programmeRole === "BEST_PRACTICE");
  console.log(`Partner directory: ${partners.items.length} partners in ${partners.pages} pages, `
    + `${bestPractice.length} of them best-practice partners:`);
  for (const partner of bestPractice) {
    console.log(`  - ${partner.name} (${partner.town}, ${partner.state})`);
  }

  const modules = await learningModules(client, 5);
  console.log(`Learning modules: ${modules.items.length} in ${modules.pages} pages, e.g. "${modules.items[0]?.title ?? "–"}"`);

  const report = await outreachReport(client, REPORT);
  console.log(`Outreach report ${report.state} ${report.from} to ${report.to}`
    + `${report.publishedOnly ? " (published figures)" : ""}:`);
  for (const indicator of report.indicators) {
    console.log(`  - ${indicator.nameEn}: ${indicator.value} ${indicator.unit}`);
  }

  const refused = await attemptWrite(client);
  console.log(`Write as an integration: POST /api/v1/organisations answered ${refused.status} `
    + `${refused.problem.title ?? ""} (${refused.contentType ?? "no content type"})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
