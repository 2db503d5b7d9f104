import { JsonValue } from '../../components/json-value.js';
import type {
  BodyView,
  HttpPart,
  InteractionDetail,
  MessagePart,
  Rules,
} from './read-interaction-details.js';

/** One interaction in full; matching rules and generators only when `showRules`. */
export function InteractionDetails({
  interaction,
  showRules,
}: {
  interaction: InteractionDetail;
  showRules: boolean;
}) {
  const { request, response } = interaction;
  const summary =
    request === undefined
      ? interaction.type
      : `${request.method} ${request.path}${request.query ? `?${request.query}` : ''} → ${response?.status ?? '?'}`;
  return (
    <details className="interaction-details" data-testid="interaction-details" data-type={interaction.type}>
      <summary>
        <code>{summary}</code> {interaction.description}
      </summary>
      <h4>Provider states</h4>
      {interaction.providerStates.length === 0 ? (
        <p className="muted">none</p>
      ) : (
        <ul data-testid="provider-states">
          {interaction.providerStates.map((state, i) => (
            <li key={i}>
              {state.name || <span className="muted">(unnamed)</span>}
              {state.params !== undefined && (
                <>
                  {' '}
                  <span className="muted">with</span> <code>{JSON.stringify(state.params)}</code>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="interaction-parts">
        {request !== undefined && <Http title="Request" part={request} showRules={showRules} />}
        {response !== undefined && <Http title="Response" part={response} showRules={showRules} />}
        {interaction.messages.map((message, i) => (
          <Message key={i} part={message} showRules={showRules} />
        ))}
      </div>
    </details>
  );
}

function Http({ title, part, showRules }: { title: string; part: HttpPart; showRules: boolean }) {
  return (
    <section aria-label={title} data-testid={`interaction-${title.toLowerCase()}`}>
      <h4>{title}</h4>
      {part.method !== undefined && (
        <p className="kv">
          <code>
            {part.method} {part.path}
            {part.query ? `?${part.query}` : ''}
          </code>
        </p>
      )}
      {part.status !== undefined && <p className="kv">Status {part.status}</p>}
      <Headers headers={part.headers} />
      <Body body={part.body} />
      {showRules && <RulesView rules={part.rules} />}
    </section>
  );
}

function Message({ part, showRules }: { part: MessagePart; showRules: boolean }) {
  return (
    <section aria-label={part.label} data-testid="interaction-message">
      <h4>{part.label}</h4>
      {part.metadata !== undefined && (
        <Headers
          title="Metadata"
          headers={Object.entries(part.metadata).map(([k, v]) => [
            k,
            typeof v === 'string' ? v : JSON.stringify(v),
          ])}
        />
      )}
      <Body body={part.contents} title="Contents" />
      {showRules && <RulesView rules={part.rules} />}
    </section>
  );
}

function Headers({ headers, title = 'Headers' }: { headers: Array<[string, string]>; title?: string }) {
  if (headers.length === 0) return <p className="muted">No {title.toLowerCase()}</p>;
  return (
    <>
      <p className="kv">{title}:</p>
      <ul className="plain kv">
        {headers.map(([name, value], i) => (
          <li key={i}>
            <code>{name}</code>: <code>{value}</code>
          </li>
        ))}
      </ul>
    </>
  );
}

function Body({ body, title = 'Body' }: { body: BodyView | undefined; title?: string }) {
  if (body === undefined) return <p className="muted">No {title.toLowerCase()}</p>;
  return (
    <>
      <p className="kv">
        {title}
        {body.contentType && <span className="muted"> ({body.contentType})</span>}
        {body.encoding && <span className="muted"> encoded {body.encoding}</span>}:
      </p>
      {typeof body.value === 'string' ? (
        <pre className="json">{body.value}</pre>
      ) : (
        <JsonValue value={body.value} />
      )}
    </>
  );
}

function RulesView({ rules }: { rules: Rules }) {
  return (
    <div data-testid="matching-rules">
      <p className="kv">Matching rules:</p>
      {rules.matchingRules === undefined ? (
        <p className="muted">none</p>
      ) : (
        <JsonValue value={rules.matchingRules} />
      )}
      {rules.generators !== undefined && (
        <>
          <p className="kv">Generators:</p>
          <JsonValue value={rules.generators} />
        </>
      )}
    </div>
  );
}
