/**
 * RFC 9457 problem details as the client reads them. Parsed defensively from any error body,
 * so it does not depend on the contract's name for its problem schema.
 */
export type Violation = { field?: string; message: string };
export type Problem = { type?: string; title?: string; detail?: string; violations?: Violation[] };

/** A failed API call; title, detail and field violations come from the problem+json body when there is one. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  readonly title?: string;
  readonly detail?: string;
  readonly violations: Violation[];

  constructor(status: number, problem: Problem = {}) {
    super(problem.title ?? `HTTP ${status}`);
    this.status = status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.violations = problem.violations ?? [];
  }

  static fromResponse(response: Response, body: unknown): ApiError {
    return new ApiError(response.status, parseProblem(body));
  }
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

export function parseProblem(body: unknown): Problem {
  if (typeof body !== 'object' || body === null) return {};
  const record = body as Record<string, unknown>;
  const violations = Array.isArray(record.violations)
    ? record.violations.flatMap((entry: unknown): Violation[] => {
        if (typeof entry !== 'object' || entry === null) return [];
        const { field, message } = entry as Record<string, unknown>;
        return text(message) ? [{ field: text(field), message: text(message)! }] : [];
      })
    : undefined;
  return { type: text(record.type), title: text(record.title), detail: text(record.detail), violations };
}

/** Unwraps an openapi-fetch result or throws an ApiError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    throw ApiError.fromResponse(result.response, result.error);
  }
  return result.data;
}

/**
 * Sorts violations by the form field they name. The API may name a field plainly ("postalCode"), with
 * the method and parameter in front ("update.input.postalCode"), as a pointer ("#/postalCode") or with
 * an index ("submarkets[0]"): the last segment that is a known field wins. The rest stays in `other`.
 */
export function violationsByField<F extends string>(
  violations: Violation[],
  fields: readonly F[],
): { byField: Partial<Record<F, string>>; other: Violation[] } {
  const byField: Partial<Record<F, string>> = {};
  const other: Violation[] = [];
  for (const violation of violations) {
    const segments = (violation.field ?? '')
      .split(/[./]/)
      .map((segment) => segment.replace(/\[.*\]$/, '').replace(/^#$/, ''))
      .reverse();
    const field = segments.find((segment): segment is F => (fields as readonly string[]).includes(segment));
    if (field) byField[field] = byField[field] ? `${byField[field]} ${violation.message}` : violation.message;
    else other.push(violation);
  }
  return { byField, other };
}

/** Checks an openapi-fetch result without a body (204) or throws an ApiError. */
export function ensureOk(result: { error?: unknown; response: Response }): void {
  if (result.error !== undefined || !result.response.ok) throw ApiError.fromResponse(result.response, result.error);
}
