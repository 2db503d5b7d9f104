import type { Ajv, Options } from 'ajv';
import type * as AjvModule from 'ajv';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import type * as Ajv2020Module from 'ajv/dist/2020.js';
import type addFormats from 'ajv-formats';
import { lazyRequire } from '../../../shared/lazy-require.js';
import type { SchemaDialect } from '../../../specs/model.js';
import { linearRegExp } from './ajv-regexp.js';

export type AjvInstance = Ajv | Ajv2020;

// Loaded when the first validator is compiled (most comparisons compile few, some none).
const ajvModule = lazyRequire<typeof AjvModule>('ajv');
const ajv2020Module = lazyRequire<typeof Ajv2020Module>('ajv/dist/2020.js');
const formatsModule = lazyRequire<typeof addFormats>('ajv-formats');

/**
 * An Ajv for one dialect. Strict mode is off because OpenAPI schemas carry keywords JSON Schema
 * does not know (`example`, `xml`, `discriminator` where not translated), which must be ignored, not rejected.
 */
export function createAjv(dialect: SchemaDialect, extra: Options): AjvInstance {
  const options: Options = {
    strict: false,
    allErrors: true,
    validateSchema: false,
    logger: false,
    // Specs are big and many schemas share refs: compile shared refs once instead of inlining them.
    inlineRefs: false,
    // Generated code runs a few times per schema; optimising it costs more than it saves. Patterns come from
    // the spec's author and values from the contract's: they run on a linear-time engine, never on RegExp.
    code: { optimize: false, regExp: linearRegExp },
    ...extra,
  };
  const ajv = dialect === '2020-12' ? new (ajv2020Module().Ajv2020)(options) : new (ajvModule().Ajv)(options);
  formatsModule().default(ajv);
  return ajv;
}
