// A third-party system's client for the KreativLand Transfer API. Every path, parameter and
// field below is typed by schema.d.ts, which `npm run generate` makes from ../../openapi.yaml.
import createClient, { type Client } from "openapi-fetch";
import type { components, paths } from "./schema.js";

export type Partner = components["schemas"]["PartnerSummary"];
export type LearningModule = components["schemas"]["LearningModuleSummary"];
export type OutreachReport = components["schemas"]["OutreachReport"];
export type Problem = components["schemas"]["HttpProblem"];
export type ApiClient = Client<paths, "application/json">;

export interface Settings {
  apiUrl: string;
  keycloakUrl: string;
  realm: string;
  clientId: string;
  clientSecret: string;
}

/** Settings from the environment; the defaults are the demo set-up of `make run`. */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): Settings {
  return {
    apiUrl: env.KL_API_URL ?? "http://localhost:8080",
    keycloakUrl: env.KL_KEYCLOAK_URL ?? "http://localhost:8180",
    realm: env.KL_REALM ?? "kreativland",
    clientId: env.KL_CLIENT_ID ?? "kreativland-integration",
    clientSecret: env.KL_CLIENT_SECRET ?? "integration-demo-secret",
  };
}

/** An access token by the client-credentials grant, from the realm's discovered token endpoint. */
export async function fetchToken(settings: Settings): Promise<string> {
  const discovery = await fetch(`${settings.keycloakUrl}/realms/${settings.realm}/.well-known/openid-configuration`);
  if (!discovery.ok) {
    throw new Error(`OpenID discovery of realm ${settings.realm} failed: HTTP ${discovery.status}`);
  }
  const { token_endpoint: tokenEndpoint } = (await discovery.json()) as { token_endpoint: string };
  const response = await fetch(tokenEndpoint, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_id: settings.clientId,
      client_secret: settings.clientSecret,
    }),
  });
  if (!response.ok) {
    throw new Error(`token request for ${settings.clientId} failed: HTTP ${response.status} ${await response.text()}`);
  }
  const { access_token: accessToken } = (await response.json()) as { access_token: string };
  return accessToken;
}

const MAX_RETRIES = 3;

/** fetch that waits the seconds of Retry-After when the API answers 429, a few times at most. */
async function fetchHonouringRetryAfter(request: Request): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(request.clone());
    if (response.status !== 429 || attempt >= MAX_RETRIES) {
      return response;
    }
    const seconds = Number(response.headers.get("Retry-After") ?? "1");
    await new Promise((resolve) => setTimeout(resolve, Math.max(1, seconds) * 1000));
  }
}

/** The typed client: JSON by default, the bearer token on every request. */
export function apiClient(apiUrl: string, token: string): ApiClient {
  return createClient<paths, "application/json">({
    baseUrl: apiUrl,
    fetch: fetchHonouringRetryAfter,
    // The API answers in German unless asked otherwise; this integrator reads English.
    headers: { Authorization: `Bearer ${token}`, Accept: "application/json", "Accept-Language": "en" },
  });
}

/** An error answer of the API, with its problem+json body. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly contentType: string | null,
    readonly problem: Problem,
  ) {
    super(`HTTP ${status}: ${problem.title ?? ""}${problem.detail ? ` (${problem.detail})` : ""}`);
  }
}

function problemOf(response: Response, error: unknown): ApiProblem {
  return new ApiProblem(response.status, response.headers.get("Content-Type"), (error ?? {}) as Problem);
}

export interface Paged<T> {
  items: T[];
  pages: number;
  totalItems: number;
}

// Collections are paged; a page holds at most 100 items (the contract's maximum of `size`).
interface Page<T> {
  items: T[];
  totalItems: number;
  totalPages: number;
}

async function everyPage<T>(readPage: (page: number) => Promise<Page<T>>): Promise<Paged<T>> {
  const items: T[] = [];
  let page = 0;
  let last: Page<T>;
  do {
    last = await readPage(page);
    items.push(...last.items);
    page++;
  } while (page < last.totalPages);
  return { items, pages: page, totalItems: last.totalItems };
}

/** The whole public partner directory, `pageSize` partners per request. */
export function partnerDirectory(client: ApiClient, pageSize: number): Promise<Paged<Partner>> {
  return everyPage(async (page) => {
    const { data, error, response } = await client.GET("/api/v1/partners", {
      params: { query: { page, size: pageSize, sort: "name" } },
    });
    if (!data) throw problemOf(response, error);
    return data;
  });
}

/** Every learning module this client may read, `pageSize` per request. */
export function learningModules(client: ApiClient, pageSize: number): Promise<Paged<LearningModule>> {
  return everyPage(async (page) => {
    const { data, error, response } = await client.GET("/api/v1/learning-modules", {
      params: { query: { page, size: pageSize } },
    });
    if (!data) throw problemOf(response, error);
    return data;
  });
}

/** The outreach report of a state for a date range (an integration sees the published figures). */
export async function outreachReport(
  client: ApiClient,
  query: { from: string; to: string; state: components["schemas"]["GermanState"] },
): Promise<OutreachReport> {
  const { data, error, response } = await client.GET("/api/v1/outreach-report", { params: { query } });
  if (!data) throw problemOf(response, error);
  return data;
}

/**
 * Tries to create an organisation. The integration role is read-only, so the API answers 403 with
 * a problem+json body; returns that answer, or throws if the write was accepted.
 */
export async function attemptWrite(client: ApiClient): Promise<ApiProblem> {
  const { data, error, response } = await client.POST("/api/v1/organisations", {
    body: {
      name: "Integrationstest (Demo)",
      kind: "ASSOCIATION",
      submarkets: ["MUSIC"],
      town: "Chemnitz",
      state: "SN",
    },
  });
  if (data) {
    throw new Error(`the API accepted a write by an integration: created ${data.id}`);
  }
  return problemOf(response, error);
}
