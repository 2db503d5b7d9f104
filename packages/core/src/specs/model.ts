/**
 * The normalised provider spec: Swagger 2.0, OpenAPI 3.0 and 3.1 all load into this one model, and so do
 * AsyncAPI 2.x and 3.x (no HTTP operations; their operations and messages in {@link ProviderSpec.messaging}).
 *
 * Schemas are JSON Schema the validator understands (OpenAPI 3.0 `nullable`, boolean exclusive bounds and
 * Swagger's inline parameter schemas already translated). Every {@link SchemaRef} points into
 * {@link ProviderSpec.schemaRoot}: resolving `schemaRoot` at `pointer` yields `schema`, and `$ref`s inside
 * `schema` are `#/…` pointers into the same root, so a validator can compile `{ $ref: 'root#' + pointer }` lazily.
 */

export type SpecFormat = 'swagger-2.0' | 'openapi-3.0' | 'openapi-3.1' | 'asyncapi-2' | 'asyncapi-3';

/** Which JSON Schema dialect `schemaRoot` is written in. */
export type SchemaDialect = 'draft-07' | '2020-12';

export type JsonSchema = Record<string, unknown> | boolean;

export interface SchemaRef {
  /**
   * JSON pointer (RFC 6901) into `schemaRoot`, e.g. `/paths/~1pets/get/responses/200/content/application~1json/schema`.
   * Not percent-encoded: to use it in a URI (`root#…`) encode it first (`pointerToFragment`), or a `%` breaks the ref.
   */
  pointer: string;
  /** The translated schema at that pointer (may itself be a `$ref`). */
  schema: JsonSchema;
}

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface Parameter {
  name: string;
  in: ParameterLocation;
  required: boolean;
  /** OpenAPI 3 style (Swagger collectionFormat mapped onto it): simple, form, matrix, label, spaceDelimited, pipeDelimited, deepObject. */
  style: string;
  explode: boolean;
  allowReserved: boolean;
  /** Schema of the value; for content-based parameters, the schema of the single media type. */
  schema?: SchemaRef;
  /** Media type for OpenAPI 3 `content`-based parameters. */
  contentType?: string;
  /** `[root].paths./pets.get.parameters[0]` — for findings' specDetails.location. */
  location: string;
}

export interface MediaType {
  schema?: SchemaRef;
  /** Per-property encoding of form bodies (OpenAPI 3 `encoding`). */
  encoding?: Record<string, { contentType?: string; style?: string; explode?: boolean }>;
  location: string;
}

export interface RequestBody {
  required: boolean;
  /** Keyed by media type or range exactly as the spec writes it (`application/json`, `text/*`, `*\/*`). */
  content: Record<string, MediaType>;
  location: string;
}

export interface ResponseHeader {
  required: boolean;
  schema?: SchemaRef;
  location: string;
}

export interface Response {
  /** `200`, `2XX` (upper-case range) or `default`. */
  status: string;
  /** Keyed by lower-cased header name. */
  headers: Record<string, ResponseHeader>;
  content: Record<string, MediaType>;
  /**
   * Swagger 2 only, for a response without a schema (so `content` is empty): the media types `produces`
   * declares (operation, else root; none when neither does), for content negotiation.
   */
  produces?: string[];
  location: string;
}

/** Alternatives: the request must satisfy every scheme of at least one requirement. `[]` = no security. */
export type SecurityRequirement = Array<{ scheme: string; scopes: string[] }>;

export type SecurityScheme =
  | { type: 'apiKey'; in: 'header' | 'query' | 'cookie'; name: string }
  | { type: 'http'; scheme: string; bearerFormat?: string }
  | { type: 'oauth2' }
  | { type: 'openIdConnect' }
  | { type: 'mutualTLS' };

export interface Operation {
  /** Lower-case HTTP method. */
  method: string;
  /** Path template as the spec writes it, e.g. `/pets/{petId}`. */
  path: string;
  /** Server/basePath prefixes that may precede `path` (`''` when none), e.g. `['/v1']`. */
  basePaths: string[];
  operationId?: string;
  /**
   * Path-level parameters merged in; operation-level ones override by (name, in). OpenAPI 3 header parameters
   * named Accept, Content-Type or Authorization are left out, as the OpenAPI spec says to ignore them.
   * Swagger 2 `in: body` and `in: formData` parameters become {@link Operation.requestBody}.
   */
  parameters: Parameter[];
  requestBody?: RequestBody;
  responses: Response[];
  security: SecurityRequirement[];
  /** `[root].paths./pets.get` */
  location: string;
  /** JSON pointer of the operation object in the source document. */
  pointer: string;
}

export interface ProviderSpec {
  format: SpecFormat;
  /** The `openapi`, `swagger` or `asyncapi` field as written. */
  version: string;
  info: { title?: string; version?: string };
  /** HTTP operations; always empty for an AsyncAPI document. */
  operations: Operation[];
  /** Message operations: present exactly when the document is AsyncAPI. */
  messaging?: MessagingSpec;
  securitySchemes: Record<string, SecurityScheme>;
  dialect: SchemaDialect;
  /**
   * The translated document every {@link SchemaRef} points into (external file refs bundled in). Beyond the
   * source document's own positions it holds: referenced files under `/x-signet-files/<path relative to the
   * main document>`; Swagger 2 non-body parameter and header schemas as their `schema` member; the object
   * schema of an operation's Swagger 2 `formData` fields at `<operation>/x-signet-form-schema`. `$ref`s are
   * percent-encoded `#/…` fragments into this root; string `$id`/`$anchor`/`$dynamicAnchor` members are removed.
   */
  schemaRoot: Record<string, unknown>;
  /**
   * The source document as parsed (refs not resolved), for showing spec values in findings. Compare does not
   * read it. When the loader parsed JSON text itself this is computed lazily, by parsing the text again on
   * first access (that tree became `schemaRoot`); an object input is returned as given.
   */
  document: Record<string, unknown>;
}

/**
 * The messaging half of a {@link ProviderSpec} loaded from AsyncAPI 2.x or 3.x: operations by id, each with the
 * messages it carries and, for a request/reply operation, the messages of its reply.
 */
export interface MessagingSpec {
  /** By operation id: the AsyncAPI 3 `operations` key, or an AsyncAPI 2 operation's `operationId`. */
  operations: Record<string, MessageOperation>;
}

export interface MessageOperation {
  id: string;
  /** `send` / `receive` (3.x) or `publish` / `subscribe` (2.x), as written. Compare does not use it. */
  action: string;
  messages: SpecMessage[];
  /** `[root].operations.sendOrder.messages`: where findings about "none of these matched" point. */
  messagesLocation: string;
  /** The 3.x `reply` object's messages; absent when the operation declares no reply (2.x never does). */
  reply?: { messages: SpecMessage[]; messagesLocation: string };
  /** `[root].operations.sendOrder` (3.x) or `[root].channels.users.subscribe` (2.x). */
  location: string;
  /** JSON pointer of the operation object in the source document. */
  pointer: string;
}

export interface SpecMessage {
  /** The message as the document ends up naming it, after following `$ref`s: `[root].components.messages.userCreated`. */
  location: string;
  /** JSON pointer of that message object (in the source document unless it came from another file). */
  pointer: string;
  /**
   * What a pact's `comments.references.AsyncAPI.messageId` may call it: the 2.x `messageId`, and the keys of the
   * `channels.*.messages` / `components.messages` entries its `$ref` chain passes through.
   */
  names: string[];
  /** The message's `contentType`, else the document's `defaultContentType`; absent when neither is given. */
  contentType?: string;
  payload?: MessageSchema;
  headers?: MessageSchema;
  /** Why this message cannot be checked at all (e.g. traits that would change it); compare then fails closed. */
  unsupported?: string;
}

/** A payload or headers schema: one the validator can run, or the reason it cannot (e.g. an Avro schema). */
export type MessageSchema =
  | { kind: 'schema'; ref: SchemaRef; location: string }
  | { kind: 'unsupported'; reason: string; location: string };
