import { parseHeaders, type WebhookFormState } from './webhook-form-state.js';
import {
  bodyContext,
  previewTemplate,
  sampleValues,
  templateVariables,
  unknownPlaceholders,
} from './template-variables.js';

/** The variables a template may use, a warning for each `${…}` the broker would send literally, and a preview. */
export function TemplateHelp({ form }: { form: WebhookFormState }) {
  const unknown = unknownPlaceholders([form.url, form.headers, form.body].join('\n'));
  return (
    <div className="template-help">
      {unknown.length > 0 && (
        <p className="warning" data-testid="unknown-placeholders">
          Not a template variable, sent as written:{' '}
          {unknown.map((text) => (
            <code key={text}>{text}</code>
          ))}
        </p>
      )}
      <details>
        <summary>Template variables</summary>
        <p className="muted">
          Write <code>{'${signet.name}'}</code> or <code>{'${pactbroker.name}'}</code> in the URL, a header or
          the body. Values are percent-encoded in the URL and JSON-escaped in a JSON body; a value the event
          does not have is empty.
        </p>
        <ul className="variables" data-testid="template-variables">
          {templateVariables.map((variable) => (
            <li key={variable.name}>
              <code>{variable.name}</code> <span className="muted">{variable.about}</span>
            </li>
          ))}
        </ul>
      </details>
      <RequestPreview form={form} />
    </div>
  );
}

/** The request as the broker would send it for an example verification.succeeded event. */
function RequestPreview({ form }: { form: WebhookFormState }) {
  const values = sampleValues(form);
  let headers: string;
  try {
    headers = Object.entries(parseHeaders(form.headers))
      .map(([name, value]) => `${name}: ${previewTemplate(value, values, 'header')}`)
      .join('\n');
  } catch (error) {
    headers = `(${(error as Error).message})`;
  }
  const request = [
    `${form.method} ${previewTemplate(form.url || 'https://…', values, 'url')}`,
    headers,
    form.body === '' ? '' : `\n${previewTemplate(form.body, values, bodyContext(form.body))}`,
  ]
    .filter((part) => part !== '')
    .join('\n');
  return (
    <section aria-label="Preview of the request">
      <p>
        <strong>Preview</strong>
      </p>
      <p className="muted">
        For an example <code>verification.succeeded</code> of {values['consumer']} → {values['provider']}{' '}
        (Signet adds its own <code>Signet-*</code> headers and the signature).
      </p>
      <pre className="json" data-testid="request-preview">
        {request}
      </pre>
    </section>
  );
}
