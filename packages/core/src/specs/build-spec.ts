import type { ProviderSpec } from './model.js';
import { normaliseAsyncapi } from './asyncapi/normalise-asyncapi.js';
import { detectFormat, isAsyncapi } from './detect-format.js';
import { cloneTree } from './input/clone-tree.js';
import { prepareParsedJson } from './input/prepare-parsed.js';
import type { SourceDocument } from './input/read-input.js';
import type { ResolvedLimits } from './load-options.js';
import type { NormaliseContext } from './normalise/context.js';
import { isObject, optionalObject, requireObject, type JsonObject } from './normalise/guards.js';
import { normaliseOpenapi3 } from './normalise/openapi3.js';
import { normaliseSwagger2 } from './normalise/swagger2.js';
import { childPointer } from './pointer.js';
import { FileStore, filesKey } from './refs/file-store.js';
import { loadReferencedFiles } from './refs/load-files.js';
import { RefResolver } from './refs/ref-resolver.js';
import { requireApiSections } from './required-sections.js';
import { translateSchemas } from './schema/translate-schemas.js';
import { addConfiguredBasePath, withLazyDocument } from './spec-extras.js';

/**
 * Builds the {@link ProviderSpec}: a copy of the document (or, for JSON text the loader parsed, the parsed
 * tree itself) becomes `schemaRoot` (referenced files bundled in), operations are read from it, then every
 * schema they use is translated in place.
 * `track` receives the context early so a caller can tell where an unexpected failure happened.
 */
export async function buildSpec(
  source: SourceDocument,
  limits: ResolvedLimits,
  track: (context: NormaliseContext) => void,
): Promise<ProviderSpec> {
  const document = requireObject(source.document, '', 'document');
  const { format, version, dialect } = detectFormat(document);
  const asyncapi = isAsyncapi(format);
  if (!asyncapi) requireApiSections(document, format);
  // Freshly parsed JSON is the loader's own, so it is translated in place; other trees are copied first.
  const { json } = source;
  const { tree, externalRefs } =
    json === undefined
      ? cloneTree(document, limits, '')
      : prepareParsedJson(document, json, source.baseDir !== undefined, limits, '');
  const root = tree as JsonObject;
  const files = new FileStore(source.baseDir, source.mainFile);
  await loadReferencedFiles(files, externalRefs, limits);
  const bundled = Object.fromEntries(files.loaded());
  if (Object.keys(bundled).length > 0) root[filesKey] = bundled;

  const refs = new RefResolver(root, files);
  const context: NormaliseContext = {
    format,
    root,
    refs,
    schemaRefs: [],
    current: '',
    written: new WeakMap(),
  };
  track(context);
  const messaging = asyncapi ? normaliseAsyncapi(context) : undefined;
  const { operations, securitySchemes } = asyncapi
    ? { operations: [], securitySchemes: {} }
    : format === 'swagger-2.0'
      ? normaliseSwagger2(context)
      : normaliseOpenapi3(context);
  context.current = '';
  addConfiguredBasePath(operations, root.info);
  translateSchemas(root, refs, dialect, [
    ...context.schemaRefs,
    // AsyncAPI components may hold non-JSON schemas (Avro…): only what a message uses is translated.
    ...(asyncapi ? [] : namedSchemas(root, format === 'swagger-2.0')),
  ]);
  const spec = {
    format,
    version,
    info: infoOf(document.info),
    operations,
    ...(messaging ? { messaging } : {}),
    securitySchemes,
    dialect,
  };
  if (json === undefined) return { ...spec, schemaRoot: root, document };
  return withLazyDocument({ ...spec, schemaRoot: root }, json.text);
}

/** `definitions` (Swagger 2) or `components.schemas`: translated even when unused, so the whole root compiles. */
function namedSchemas(root: JsonObject, swagger: boolean): Array<{ pointer: string; schema: unknown }> {
  const pointer = swagger ? '/definitions' : '/components/schemas';
  const holder = swagger ? root : optionalObject(root.components, '/components', 'components');
  const schemas = optionalObject(swagger ? holder.definitions : holder.schemas, pointer, 'schemas');
  return Object.keys(schemas).map((name) => ({
    pointer: childPointer(pointer, name),
    schema: schemas[name],
  }));
}

function infoOf(value: unknown): ProviderSpec['info'] {
  const info: ProviderSpec['info'] = {};
  if (!isObject(value)) return info;
  if (typeof value.title === 'string') info.title = value.title;
  if (typeof value.version === 'string' || typeof value.version === 'number')
    info.version = String(value.version);
  return info;
}
