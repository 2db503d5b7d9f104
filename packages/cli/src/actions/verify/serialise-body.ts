/** Media types the verifier can write, best first. */
const PREFERRED = [
  /^application\/json$/i,
  /\+json$/i,
  /^application\/x-www-form-urlencoded$/i,
  /^multipart\/form-data$/i,
  /^text\//i,
];

/**
 * The media type to send a body as: JSON, then form, then text, then whatever the spec lists first
 * (ranges like `application/*` become a concrete type).
 */
export function chooseMediaType(mediaTypes: string[]): string | undefined {
  for (const pattern of PREFERRED) {
    const found = mediaTypes.find((type) => pattern.test(type));
    if (found) return found;
  }
  const first = mediaTypes[0];
  if (first === undefined) return undefined;
  return first.includes('*')
    ? first.startsWith('application/') || first === '*/*'
      ? 'application/json'
      : 'text/plain'
    : first;
}

/** The body text and the Content-Type header for a value sent as `mediaType`. */
export function serialiseBody(mediaType: string, value: unknown): { contentType: string; text: string } {
  if (/^application\/x-www-form-urlencoded$/i.test(mediaType)) {
    return { contentType: mediaType, text: new URLSearchParams(formFields(value)).toString() };
  }
  if (/^multipart\/form-data$/i.test(mediaType)) {
    const boundary = 'signet-verify-boundary';
    const parts = formFields(value).map(
      ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
    );
    return {
      contentType: `${mediaType}; boundary=${boundary}`,
      text: parts.join('') + `--${boundary}--\r\n`,
    };
  }
  if (/json/i.test(mediaType) || typeof value !== 'string')
    return { contentType: mediaType, text: JSON.stringify(value) };
  return { contentType: mediaType, text: value };
}

/** Form fields: arrays repeat their name (form, explode), nested objects are JSON. */
function formFields(value: unknown): Array<[string, string]> {
  if (typeof value !== 'object' || value === null) return [];
  const fields: Array<[string, string]> = [];
  for (const [name, field] of Object.entries(value)) {
    for (const item of Array.isArray(field) ? (field as unknown[]) : [field]) {
      fields.push([
        name,
        typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item as string),
      ]);
    }
  }
  return fields;
}
