import type { HttpInteraction } from '../../contracts/model.js';
import type { CheckContext } from '../../compare/check-context.js';
import { FindingCollector } from '../../compare/finding.js';
import { headerNames, headerValue, parseCookies } from '../../compare/params/header-values.js';
import { checkRequestContentType } from '../../compare/request/check-content-type.js';
import { checkResponseContentType } from '../../compare/response/check-content-type.js';
import { selectResponse } from '../../compare/response/select-response.js';
import { resolveRoute } from '../../compare/route/resolve-operation.js';
import { specContext } from '../../compare/spec-context.js';
import type { MediaType, ProviderSpec } from '../../specs/model.js';
import { bodyUse, type BodyUse } from './body-paths.js';
import type { Footprint, InteractionRef } from './model.js';
import { pointersAlong, type WalkMemo } from './schema-walk.js';

/**
 * What `interaction` relies on in `spec`: the operation it routes to, the parameters it sends, the response
 * its status selects, the media types chosen and the body paths it mentions. Routing and media type selection
 * are the comparison's own functions, so usage sees what `compare` checks. Undefined when it reaches no operation.
 */
export function footprint(
  spec: ProviderSpec,
  interaction: HttpInteraction,
  ref: InteractionRef,
): Footprint | undefined {
  const context = specContext(spec);
  const resolved = resolveRoute(context, interaction.request);
  if (!resolved) return undefined;
  const operation = resolved.operation;
  // The comparison's checks report into a collector; here only their answers (the chosen keys) matter.
  const scratch: CheckContext = {
    spec: context,
    interaction,
    operation,
    findings: new FindingCollector(interaction),
    options: {},
  };
  const request = interaction.request;
  const sent = new Set(headerNames(request.headers));
  const cookies = parseCookies(headerValue(request.headers, 'cookie'));
  const parameters = operation.parameters
    .filter(
      (p) =>
        p.in === 'path' ||
        (p.in === 'query' && p.name in request.query) ||
        (p.in === 'header' && sent.has(p.name.toLowerCase())) ||
        (p.in === 'cookie' && cookies.has(p.name)),
    )
    .map((p) => ({ in: p.in, name: p.in === 'header' ? p.name.toLowerCase() : p.name }));
  for (const name of Object.keys(request.query)) parameters.push({ in: 'query', name });
  for (const name of sent) parameters.push({ in: 'header', name });
  for (const name of cookies.keys()) parameters.push({ in: 'cookie', name });

  const requestKey = checkRequestContentType(scratch);
  const requestBody = bodyUse(request.body, request.matchingRules.body);
  const requestPointers = new Set<string>();
  const requestMedia = requestKey === undefined ? undefined : operation.requestBody?.content[requestKey];
  collectPointers(spec, requestMedia, requestBody, requestPointers);

  const selected = selectResponse(operation, interaction.response.status);
  const responsePointers = new Set<string>();
  const responseBody = bodyUse(interaction.response.body, interaction.response.matchingRules.body);
  let responseKey: string | undefined;
  if (selected) {
    responseKey = checkResponseContentType(scratch, selected.response);
    const media = responseKey === undefined ? undefined : selected.response.content[responseKey];
    collectPointers(spec, media, responseBody, responsePointers);
  }
  return {
    ref,
    operation: { method: operation.method, path: operation.path },
    parameters,
    request: {
      ...(requestKey === undefined ? {} : { mediaType: requestKey }),
      ...(requestBody ? { body: requestBody } : {}),
    },
    ...(selected ? { status: selected.response.status } : {}),
    responseHeaders: headerNames(interaction.response.headers),
    response: {
      ...(responseKey === undefined ? {} : { mediaType: responseKey }),
      ...(responseBody ? { body: responseBody } : {}),
    },
    requestPointers,
    responsePointers,
  };
}

function collectPointers(
  spec: ProviderSpec,
  media: MediaType | undefined,
  body: BodyUse | undefined,
  into: Set<string>,
): void {
  if (!media?.schema || !body) return;
  const memo: WalkMemo = new Map();
  for (const path of body.paths) pointersAlong(spec.schemaRoot, media.schema, path, into, memo);
}
