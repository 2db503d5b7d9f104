import type { ProviderSpec } from './model.js';
import { detectFormat } from './detect-format.js';
import { cloneTree } from './input/clone-tree.js';
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
import { translateSchemas } from './schema/translate-schemas.js';

/**
 * Builds the {@link ProviderSpec}: one copy of the document becomes `schemaRoot` (referenced files bundled
 * in), operations are read from it, then every schema they use is translated in place.
 * `track` receives the context early so a caller can tell where an unexpected failure happened.
 */
export async function buildSpec(
  source: SourceDocument,
  limits: ResolvedLimits,
  track: (context: NormaliseContext) => void,
): Promise<ProviderSpec> {
  const document = requireObject(source.document, '', 'document');
  const { format, version, dialect } = detectFormat(document);
  const { tree, externalRefs } = cloneTree(document, limits, '');
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
  const { operations, securitySchemes } =
    format === 'swagger-2.0' ? normaliseSwagger2(context) : normaliseOpenapi3(context);
  context.current = '';
  translateSchemas(root, refs, dialect, [
    ...context.schemaRefs,
    ...namedSchemas(root, format === 'swagger-2.0'),
  ]);
  return {
    format,
    version,
    info: infoOf(document.info),
    operations,
    securitySchemes,
    dialect,
    schemaRoot: root,
    document,
  };
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
