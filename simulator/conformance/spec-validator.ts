import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { regions } from '../catalogue/regions';
import type { Exchange } from '../server';

/** The official spec, beside the repository: `../shared/do-api/do-openapi.yaml`. */
export const SPEC_PATH = fileURLToPath(new URL('../../../shared/do-api/do-openapi.yaml', import.meta.url));

type Json = Record<string, unknown>;

interface OpenApi {
  paths: Record<string, Record<string, { responses?: Record<string, Json> }>>;
  components: Json & { schemas: Record<string, Json>; responses: Record<string, Json> };
}

const SPEC_ID = 'do-openapi.json';

/** The tag-name pattern uses `\:`, invalid under the `u` flag Ajv compiles with (FACTS.md §11.1). */
const BROKEN_TAG_PATTERN = '^[a-zA-Z0-9_\\-\\:]+$';
const FIXED_TAG_PATTERN = '^[a-zA-Z0-9_:-]+$';

const replacePatterns = (node: unknown): void => {
  if (Array.isArray(node)) node.forEach(replacePatterns);
  else if (node && typeof node === 'object') {
    const object = node as Json;
    if (object.pattern === BROKEN_TAG_PATTERN) object.pattern = FIXED_TAG_PATTERN;
    Object.values(object).forEach(replacePatterns);
  }
};

/**
 * The spec's known quirks (FACTS.md §11), each corrected on its own so that everything else is
 * validated exactly as written:
 * - §11.1: the tag-name pattern is rewritten to the same language without the invalid escape.
 * - §11.6: `region_slug` (Image.regions) lists 15 regions; real newer regions in our catalogue
 *   (atl1) are added to it, and nothing else.
 * Two more are handled where they bite: §3 (image action responses are described as a bare Action but
 * are wrapped in `{action}`; see `check`), and §11.7 (private gateways) needs no patch because the
 * simulator sends the string "nil" as the spec's examples do.
 */
const patchQuirks = (spec: OpenApi): void => {
  replacePatterns(spec.components);
  const regionSlug = spec.components.schemas.region_slug as { enum: string[] };
  for (const region of regions) if (!regionSlug.enum.includes(region.slug)) regionSlug.enum.push(region.slug);
};

const STATUS_IDS: Readonly<Record<number, string>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'request_entity_too_large',
  422: 'unprocessable_entity',
  429: 'too_many_requests',
  500: 'server_error',
};

/** The operations whose schema is a bare Action although the API answers `{action: ...}` (FACTS.md §3). */
const WRAPPED_ACTIONS: ReadonlySet<string> = new Set(['post /v2/images/{image_id}/actions', 'get /v2/images/{image_id}/actions/{action_id}']);

/** Points a schema's local refs at the spec document registered with Ajv. */
const rebase = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(rebase);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `${SPEC_ID}${value}` : rebase(value)]),
  );
};

export interface SpecValidator {
  /** What is wrong with this exchange according to the spec; empty when it conforms. */
  check(exchange: Exchange): string[];
}

export type LoadedValidator = { ok: true; validator: SpecValidator } | { ok: false; reason: string };

export const loadSpecValidator = (path = SPEC_PATH): LoadedValidator => {
  if (!existsSync(path)) return { ok: false, reason: `the official spec is not at ${path}` };
  const spec = parse(readFileSync(path, 'utf8')) as OpenApi;
  patchQuirks(spec);

  const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  addFormats(ajv);
  ajv.addSchema({ components: spec.components }, SPEC_ID);
  const compiled = new Map<string, ValidateFunction>();
  const validatorFor = (key: string, schema: unknown): ValidateFunction => {
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.compile(rebase(schema) as Json);
      compiled.set(key, validate);
    }
    return validate;
  };
  const deref = (node: Json): Json => {
    let current = node;
    while (typeof current.$ref === 'string') {
      current = current.$ref
        .slice(2)
        .split('/')
        .reduce<Json>((parent, key) => parent[key] as Json, spec as unknown as Json);
    }
    return current;
  };
  const validate = (key: string, schema: unknown, value: unknown): string[] => {
    const run = validatorFor(key, schema);
    return run(value) ? [] : (run.errors ?? []).map((error) => `${error.instancePath || '(body)'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
  };

  return {
    ok: true,
    validator: {
      check(exchange) {
        const problems: string[] = [];
        const { status, body, headers } = exchange;
        for (const name of ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset']) {
          if (!/^\d+$/.test(headers[name] ?? '')) problems.push(`header ${name} missing or not an integer`);
        }
        if (status >= 400) {
          const expectedId = STATUS_IDS[status];
          const id = (body as Json | undefined)?.id;
          if (expectedId && id !== expectedId) problems.push(`error id ${String(id)} does not name status ${status}`);
          problems.push(...validate('error', { $ref: '#/components/schemas/error' }, body));
        }
        if (exchange.route === undefined) return problems;

        const method = exchange.method === 'HEAD' ? 'get' : exchange.method.toLowerCase();
        const operation = spec.paths[exchange.route]?.[method];
        if (!operation?.responses) return [...problems, `${method.toUpperCase()} ${exchange.route} is not an operation of the spec`];
        const declared = operation.responses[String(status)] ?? operation.responses.default;
        if (!declared) return [...problems, `status ${status} is not declared`];
        const response = deref(declared);
        for (const [name, header] of Object.entries((response.headers ?? {}) as Record<string, Json>)) {
          const value = headers[name.toLowerCase()];
          if (value === undefined) problems.push(`declared header ${name} missing`);
          else if ((deref(header).schema as Json | undefined)?.type === 'integer' && !/^-?\d+$/.test(value)) problems.push(`header ${name} is not an integer`);
        }
        const schema = ((response.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema;
        if (!schema) {
          if (body !== undefined && status !== 204 && exchange.method !== 'HEAD') problems.push('a body where the spec declares none');
          if (status === 204 && body !== undefined) problems.push('204 with a body');
          return problems;
        }
        if (exchange.method === 'HEAD') return problems;
        const key = `${method} ${exchange.route} ${status in operation.responses ? status : 'default'}`;
        problems.push(...validate(key, schema, body));
        // §3: the schema describes a bare Action, the API wraps it; validate what is inside too.
        if (status < 300 && WRAPPED_ACTIONS.has(`${method} ${exchange.route}`)) {
          const action = (body as Json | undefined)?.action;
          if (action === undefined) problems.push('image action response without an action key');
          else problems.push(...validate('action', { $ref: '#/components/schemas/action' }, action).map((problem) => `action: ${problem}`));
        }
        return problems;
      },
    },
  };
};
