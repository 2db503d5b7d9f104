/** Content-type helpers for deciding how a recorded body is kept. */

/** The lower-case `type/subtype` of a content-type header, without parameters; `''` when absent. */
export function essence(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** `application/json`, `application/problem+json`, `text/json`… */
export function isJsonType(contentType: string | undefined): boolean {
  const type = essence(contentType);
  return type === 'application/json' || type === 'text/json' || type.endsWith('+json');
}

/** `application/x-www-form-urlencoded`. */
export function isFormType(contentType: string | undefined): boolean {
  return essence(contentType) === 'application/x-www-form-urlencoded';
}

/** Types whose bodies are text: `text/*`, XML, JavaScript, YAML, CSV, GraphQL and forms. */
export function isTextType(contentType: string | undefined): boolean {
  const type = essence(contentType);
  return (
    type.startsWith('text/') || isFormType(type) || /[/+](xml|javascript|yaml|x-yaml|csv|graphql)$/.test(type)
  );
}
