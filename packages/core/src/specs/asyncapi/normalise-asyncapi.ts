import type { MessagingSpec } from '../model.js';
import type { NormaliseContext } from '../normalise/context.js';
import { normaliseAsyncapi2 } from './asyncapi2.js';
import { normaliseAsyncapi3 } from './asyncapi3.js';

/** The messaging model of an AsyncAPI 2.x or 3.x document (the format is already detected). */
export function normaliseAsyncapi(context: NormaliseContext): MessagingSpec {
  const declared = context.root.defaultContentType;
  const defaultContentType = typeof declared === 'string' ? declared : undefined;
  return context.format === 'asyncapi-2'
    ? normaliseAsyncapi2(context, defaultContentType)
    : normaliseAsyncapi3(context, defaultContentType);
}
