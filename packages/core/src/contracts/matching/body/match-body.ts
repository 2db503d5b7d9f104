import { parseMediaType } from '../../media-type.js';
import type { Body } from '../../model.js';
import type { Mismatch } from '../mismatch.js';
import { bodyMismatch } from './body-context.js';
import type { BodyContext } from './body-context.js';
import { bodyContent, isEmptyBody } from './body-content.js';
import type { BodyContent } from './body-content.js';
import { compareForm } from './compare-form.js';
import { compareJson } from './compare-json.js';
import { compareWhole } from './compare-whole.js';
import { compareXmlText } from './compare-xml-body.js';
import { asJson, NOT_JSON, parseJson } from './read-json-body.js';

export interface BodyMatchOptions {
  rules: BodyContext['rules'];
  allowUnexpectedKeys: boolean;
  /** Content types from headers or metadata, when the body itself does not carry one. */
  expectedType?: string;
  actualType?: string;
}

/**
 * Compares bodies by the expected content type: JSON, XML, form-urlencoded, plain text (rules at
 * `$` or equality) or binary (bytes, or a `contentType` rule). An absent expected body matches
 * anything; an expected empty or `null` body is satisfied by no body at all.
 *
 * @example matchBody({ kind: 'json', value: { a: 1 } }, { kind: 'json', value: { a: 1, b: 2 } }, { rules: undefined, allowUnexpectedKeys: true }) // []
 */
export function matchBody(expected: Body, actual: Body, options: BodyMatchOptions): Mismatch[] {
  const ctx: BodyContext = {
    rules: options.rules,
    allowUnexpectedKeys: options.allowUnexpectedKeys,
    mismatches: [],
  };
  if (expected.kind === 'absent') return [];
  const expectsNothing = isEmptyBody(expected) || (expected.kind === 'json' && expected.value === null);
  if (expectsNothing && (isEmptyBody(actual) || (actual.kind === 'json' && actual.value === null))) return [];
  if (actual.kind === 'absent') {
    bodyMismatch(ctx, '$', 'Expected a body but none was received', describeBody(expected));
    return ctx.mismatches;
  }
  if (isEmptyBody(expected)) {
    bodyMismatch(ctx, '$', 'Expected an empty body', '', describeBody(actual));
    return ctx.mismatches;
  }
  const want = bodyContent(expected, options.expectedType);
  const got = bodyContent(actual, options.actualType);
  if (!compatible(want, got)) {
    return [
      {
        kind: 'body-type',
        path: '$',
        expected: want.contentType,
        actual: got.contentType,
        message: `Expected a body of type ${want.contentType} but received ${got.contentType}`,
      },
    ];
  }
  compareContent(expected, actual, want, got, ctx);
  return ctx.mismatches;
}

function compareContent(
  expected: Body,
  actual: Body,
  want: BodyContent,
  got: BodyContent,
  ctx: BodyContext,
): void {
  switch (want.family) {
    case 'json': {
      const actualValue = actual.kind === 'json' ? actual.value : asJson(got, ctx);
      const expectedValue =
        expected.kind === 'json' ? expected.value : (parseJson(want.text()) ?? want.text());
      if (actualValue !== NOT_JSON) compareJson(['$'], expectedValue, actualValue, ctx);
      return;
    }
    case 'xml':
      return compareXmlText(want.text(), got.text(), ctx);
    case 'form':
      return compareForm(want.text(), got.text(), ctx);
    case 'text':
      return compareWhole(want.text(), got.text(), ctx);
    case 'binary':
      return compareWhole(want.bytes(), got.bytes(), ctx);
  }
}

/** Same family; text and binary bodies must also agree on the media type when both declare one. */
function compatible(want: BodyContent, got: BodyContent): boolean {
  if (want.family !== got.family) return false;
  if (want.family !== 'text' && want.family !== 'binary') return true;
  if (!want.declared || !got.declared) return true;
  return parseMediaType(want.contentType)?.essence === parseMediaType(got.contentType)?.essence;
}

function describeBody(body: Body): unknown {
  if (body.kind === 'json') return body.value;
  if (body.kind === 'text') return body.text.slice(0, 120);
  return body.kind;
}
