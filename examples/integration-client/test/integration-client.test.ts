// Runs the generated client against a real API and Keycloak (KL_API_URL, KL_KEYCLOAK_URL).
// `npm test` first regenerates the types from openapi.yaml and compiles, so a changed contract
// that breaks this client fails the build, and a changed API fails the assertions.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { before, describe, test } from "node:test";
import { promisify } from "node:util";
import {
  type ApiClient,
  apiClient,
  attemptWrite,
  fetchToken,
  learningModules,
  outreachReport,
  partnerDirectory,
  settingsFromEnv,
} from "../src/client.js";

const settings = settingsFromEnv();
const STATES = ["BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH"];

describe(`generated client against ${settings.apiUrl}`, () => {
  let client: ApiClient;

  before(async () => {
    client = apiClient(settings.apiUrl, await fetchToken(settings));
  });

  test("pages through the directory and finds the six best-practice partners of the demo world", async () => {
    const directory = await partnerDirectory(client, 4);

    assert.equal(directory.items.length, directory.totalItems);
    assert.equal(directory.pages, Math.ceil(directory.totalItems / 4));
    assert.ok(directory.pages > 1, "the demo directory spans several pages of four");
    assert.equal(new Set(directory.items.map((partner) => partner.id)).size, directory.items.length, "no partner twice");
    for (const partner of directory.items) {
      assert.match(partner.id, /^[0-9a-f-]{36}$/);
      assert.ok(partner.name.length > 0 && partner.town.length > 0);
      assert.ok(STATES.includes(partner.state), partner.state);
      assert.ok(Array.isArray(partner.submarkets));
    }
    const bestPractice = directory.items.filter((partner) => partner.programmeRole === "BEST_PRACTICE");
    assert.deepEqual(bestPractice.map((partner) => partner.name).sort(), [
      "E-WERK Luckenwalde",
      "Haldern Pop",
      "Kulturfeld Eschwege",
      "Künstlerkolonie Fichtelgebirge e.V.",
      "Künstlerstadt Kalbe e.V.",
      "UpZent: Upcycling Zentrum",
    ]);
  });

  test("pages through the learning modules and reads only published ones", async () => {
    const modules = await learningModules(client, 5);

    assert.ok(modules.totalItems > 5, `${modules.totalItems} modules`);
    assert.equal(modules.items.length, modules.totalItems);
    assert.equal(new Set(modules.items.map((module) => module.slug)).size, modules.items.length, "no module twice");
    for (const module of modules.items) {
      assert.equal(module.status, "PUBLISHED", module.slug);
      assert.match(module.slug, /^[a-z0-9-]+$/);
      assert.ok(module.title.length > 0);
      assert.ok(module.estimatedMinutes > 0);
      assert.ok(module.authors.length > 0, `${module.slug} names its authors`);
    }
  });

  test("reads the published outreach figures of Kreatives Sachsen's first 100 days", async () => {
    const report = await outreachReport(client, { from: "2017-06-27", to: "2017-10-04", state: "SN" });

    assert.equal(report.publishedOnly, true, "an integration sees the published report");
    assert.equal(report.state, "SN");
    const value = (key: string) => report.indicators.find((indicator) => indicator.key === key)?.value;
    assert.ok((value("actors_reached") ?? 0) > 3000, "more than 3,000 actors reached");
    assert.equal(value("events_held"), 80);
    assert.equal(value("network_initiatives"), 20);
    assert.equal(value("group_members"), 450);
  });

  test("a write by the integration role is refused with 403 problem+json", async () => {
    const refused = await attemptWrite(client);

    assert.equal(refused.status, 403);
    assert.match(refused.contentType ?? "", /^application\/problem\+json/);
    assert.equal(refused.problem.status, 403);
    assert.equal(refused.problem.title, "Forbidden");
  });

  test("the example program prints its summary and exits 0", async () => {
    const main = fileURLToPath(new URL("../src/main.js", import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [main], { env: process.env, timeout: 60_000 });

    assert.match(stdout, /Partner directory: \d+ partners in \d+ pages, 6 of them best-practice partners/);
    assert.match(stdout, /Own events and network talks: 80 /);
    assert.match(stdout, /POST \/api\/v1\/organisations answered 403 Forbidden \(application\/problem\+json\)/);
  });
});
