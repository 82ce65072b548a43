#!/usr/bin/env node
// Compares two versions of the contract after resolving their $refs, to show that a change of SHAPE
// (shared components/responses, parameters and headers; renamed schemas) still describes the same API.
//
// Usage:
//   npm run --prefix scripts/contract compare -- OLD.yaml NEW.yaml [--renames renames.json]
//   e.g. git show main:openapi.yaml > /tmp/contract-old.yaml
//        npm run --prefix scripts/contract compare -- /tmp/contract-old.yaml openapi.yaml
// Relative paths are taken from the directory the command is given in (npm's INIT_CWD).
//
// renames.json maps old component schema names to new ones, e.g. {"PartnerPage": "Page_PartnerSummary"};
// $refs to schemas are compared by their (renamed) names, so a renamed schema is not a difference.
//
// Compared, per operation (method + path + operationId): the response status codes; for each status
// the media types, the header names and their schemas; the parameters as (name, in, required) and
// each parameter's schema; the request body's media types and whether it is required; security and
// x- extensions. Also compared: the set of component schema names. Descriptions and summaries are
// not compared (normalising their wording is allowed). Prints a summary; exits 1 on any difference.
import { readFileSync } from "node:fs";
import { resolve as resolvePath } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { parse } from "yaml";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

function usage(message) {
  if (message) console.error(message);
  console.error("usage: compare.mjs OLD.yaml NEW.yaml [--renames renames.json]");
  process.exit(2);
}

/** A path as the caller meant it: npm run --prefix changes into scripts/contract first. */
function fromCaller(path) {
  return resolvePath(process.env.INIT_CWD ?? process.cwd(), path);
}

const args = process.argv.slice(2);
const files = [];
let renames = {};
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--renames") {
    if (!args[i + 1]) usage("--renames needs a file");
    renames = JSON.parse(readFileSync(fromCaller(args[++i]), "utf8"));
  } else if (args[i].startsWith("--")) {
    usage(`unknown option ${args[i]}`);
  } else {
    files.push(fromCaller(args[i]));
  }
}
if (files.length !== 2) usage();

const load = (file) => parse(readFileSync(file, "utf8"), { maxAliasCount: -1 });
const oldDoc = load(files[0]);
const newDoc = load(files[1]);

/** Follows a local $ref (#/components/...) until the object it names. */
function resolve(doc, node, seen = new Set()) {
  if (!node || typeof node !== "object" || typeof node.$ref !== "string") return node;
  const ref = node.$ref;
  if (!ref.startsWith("#/")) throw new Error(`only local $refs are supported: ${ref}`);
  if (seen.has(ref)) throw new Error(`circular $ref: ${ref}`);
  seen.add(ref);
  let target = doc;
  for (const part of ref.slice(2).split("/")) {
    target = target?.[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  if (target === undefined) throw new Error(`unresolved $ref: ${ref}`);
  return resolve(doc, target, seen);
}

const SCHEMA_REF = "#/components/schemas/";

/**
 * A schema as compared: $refs to other non-schema components resolved, $refs to component schemas
 * kept by (renamed) name, descriptions, titles and examples left out.
 */
function schemaShape(doc, schema, rename) {
  if (Array.isArray(schema)) return schema.map((item) => schemaShape(doc, item, rename));
  if (!schema || typeof schema !== "object") return schema;
  if (typeof schema.$ref === "string") {
    if (schema.$ref.startsWith(SCHEMA_REF)) {
      const name = schema.$ref.slice(SCHEMA_REF.length);
      return { $ref: SCHEMA_REF + (rename ? renames[name] ?? name : name) };
    }
    return schemaShape(doc, resolve(doc, schema), rename);
  }
  const out = {};
  for (const key of Object.keys(schema).sort()) {
    if (key === "description" || key === "title" || key === "example" || key === "examples") continue;
    out[key] = key === "properties"
      ? Object.fromEntries(Object.entries(schema.properties).map(([n, s]) => [n, schemaShape(doc, s, rename)]))
      : schemaShape(doc, schema[key], rename);
  }
  return out;
}

const extensions = (node) => Object.fromEntries(Object.entries(node ?? {}).filter(([key]) => key.startsWith("x-")));

/** Everything compared about one document, keyed so that two documents can be set against each other. */
function facts(doc, rename) {
  const out = new Map();
  const put = (key, value) => out.set(key, value);
  const operations = [];
  const counts = { statuses: 0, parameters: 0 };
  for (const [path, rawItem] of Object.entries(doc.paths ?? {})) {
    const item = resolve(doc, rawItem);
    const shared = (item.parameters ?? []).map((p) => resolve(doc, p));
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const id = `${method.toUpperCase()} ${path} ${op.operationId ?? "(no operationId)"}`;
      operations.push(id);
      put(id, true);
      const parameters = new Map();
      for (const p of [...shared, ...(op.parameters ?? []).map((p) => resolve(doc, p))]) {
        parameters.set(`${p.in}:${p.name}`, p);
      }
      for (const p of parameters.values()) {
        const parameter = `${id} parameter (name=${p.name}, in=${p.in}, required=${p.required === true})`;
        put(parameter, true);
        counts.parameters++;
        put(`${parameter} schema`, schemaShape(doc, p.schema ?? p.content, rename));
        for (const key of ["style", "explode", "allowEmptyValue", "allowReserved", "deprecated"]) {
          if (p[key] !== undefined) put(`${parameter} ${key}`, p[key]);
        }
      }
      if (op.requestBody) {
        const body = resolve(doc, op.requestBody);
        put(`${id} request body required`, body.required === true);
        for (const [media, content] of Object.entries(body.content ?? {})) {
          put(`${id} request body ${media}`, true);
          put(`${id} request body ${media} schema`, schemaShape(doc, content.schema, rename));
        }
      }
      for (const [status, rawResponse] of Object.entries(op.responses ?? {})) {
        const response = resolve(doc, rawResponse);
        put(`${id} status ${status}`, true);
        counts.statuses++;
        for (const media of Object.keys(response.content ?? {})) {
          put(`${id} status ${status} media type ${media}`, true);
          put(`${id} status ${status} ${media} schema`, schemaShape(doc, response.content[media].schema, rename));
        }
        for (const [name, rawHeader] of Object.entries(response.headers ?? {})) {
          const header = resolve(doc, rawHeader);
          put(`${id} status ${status} header ${name}`, true);
          put(`${id} status ${status} header ${name} schema and required`,
            [schemaShape(doc, header.schema ?? header.content, rename), header.required === true]);
        }
      }
      put(`${id} security`, op.security ?? doc.security ?? null);
      put(`${id} deprecated`, op.deprecated === true);
      put(`${id} extensions`, extensions(op));
    }
  }
  for (const name of Object.keys(doc.components?.schemas ?? {})) {
    put(`component schema ${rename ? renames[name] ?? name : name}`, true);
  }
  return { out, operations, counts };
}

const before = facts(oldDoc, true);
const after = facts(newDoc, false);
for (const [oldName, newName] of Object.entries(renames)) {
  if (!(oldName in (oldDoc.components?.schemas ?? {}))) console.warn(`note: rename of ${oldName}: no such schema in ${files[0]}`);
}

const missing = [];
const added = [];
const changed = [];
for (const [key, value] of before.out) {
  if (!after.out.has(key)) missing.push(key);
  else if (!isDeepStrictEqual(value, after.out.get(key))) changed.push(key);
}
for (const key of after.out.keys()) {
  if (!before.out.has(key)) added.push(key);
}

const summary = (name, f) => console.log(`${name}: ${f.operations.length} operations, `
  + `${f.counts.statuses} operation/status pairs, ${f.counts.parameters} operation parameters, `
  + `${[...f.out.keys()].filter((k) => k.startsWith("component schema ")).length} component schemas`);
summary(files[0], before);
summary(files[1], after);
/** Leaves out what is implied: the media types and headers of a missing status, the facts of a missing operation. */
const outermost = (keys) => keys.filter((key) => !keys.some((other) => other !== key && key.startsWith(`${other} `)));
const report = (title, all) => {
  const keys = outermost(all);
  if (keys.length === 0) return;
  console.log(`\n${title} (${keys.length}${keys.length < all.length ? `, with what they imply ${all.length}` : ""}):`);
  keys.sort().forEach((key) => console.log(`  ${key}`));
};
report(`only in ${files[0]}`, missing);
report(`only in ${files[1]}`, added);
report("different", changed);
const total = missing.length + added.length + changed.length;
console.log(total === 0 ? "\nno difference" : `\n${total} difference(s)`);
process.exit(total === 0 ? 0 : 1);
