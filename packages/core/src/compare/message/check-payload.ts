import type { SpecMessage } from '../../specs/model.js';
import { bodyDisplay, bodyJson, hasBody } from '../body/body-text.js';
import { isJson, parseMediaType } from '../media/media-type.js';
import type { Finding } from '../model.js';
import { reduceErrors, type SchemaError } from '../schema/schema-errors.js';
import { messageFinding } from './message-finding.js';
import type { MessageCheckContext, MessageSide } from './message-side.js';
import { schemaErrorFindings } from './schema-error-findings.js';
import { undeclaredFieldErrors } from '../schema/undeclared-field-errors.js';
import { unsupportedMessage } from './unsupported-message.js';

const PREFIX = 'Message payload is incompatible with the schema in the spec file';

/**
 * The message's content against the spec message's payload schema, in the side's direction. Only JSON can be
 * validated: other content types get PactFlow's `message.payload.unvalidatable` warning.
 */
export function checkPayload(
  context: MessageCheckContext,
  side: MessageSide,
  message: SpecMessage,
): Finding[] {
  const body = side.contents.body;
  const payload = message.payload;
  if (!hasBody(body) || !payload) return [];
  if (payload.kind === 'unsupported')
    return [unsupportedMessage(side, message, payload.reason, payload.location)];
  const declared = body.kind === 'absent' ? undefined : (body.contentType ?? message.contentType);
  const unvalidatable = (text: string): Finding[] => [
    messageFinding(side.interaction, {
      code: 'message.payload.unvalidatable',
      type: 'warning',
      message: text,
      mockLocation: side.contentLocation,
      mockValue: bodyDisplay(body),
      specLocation: message.location,
    }),
  ];
  if (declared !== undefined && !isJson(parseMediaType(declared)))
    return unvalidatable(`Body with content type '${declared}' is not supported by the spec comparator`);
  const json = bodyJson(body);
  if (!json.ok) {
    if (declared === undefined)
      return unvalidatable(
        'Body without a content type that is not JSON is not supported by the spec comparator',
      );
    const notJson: SchemaError = { path: [], message: json.reason, keyword: 'json', schemaPath: '' };
    return findings(side, [notJson], payload.location, bodyDisplay(body));
  }
  const { validators } = context;
  const outcome = validators.validate(side.direction, payload.ref.pointer, json.value);
  if (!outcome.ok)
    return [
      unsupportedMessage(
        side,
        message,
        `its payload schema cannot be compiled: ${outcome.reason}`,
        payload.location,
      ),
    ];
  const errors = reduceErrors(outcome.errors);
  if (side.direction === 'response' && !context.options.allowUndeclaredResponseFields)
    errors.push(
      ...undeclaredFieldErrors(validators, payload.ref.pointer, json.value, errors, {
        keyword: 'additionalProperties',
      }),
    );
  return findings(side, errors, payload.location, json.value);
}

function findings(side: MessageSide, errors: SchemaError[], specLocation: string, value: unknown): Finding[] {
  return schemaErrorFindings(side, errors, {
    code: 'message.payload.incompatible',
    prefix: PREFIX,
    mockLocation: side.contentLocation,
    specLocation,
    value,
  });
}
