/**
 * Generated: do not edit. The types of the broker's /api/v1, by openapi-typescript from the OpenAPI
 * document the broker builds (packages/broker/src/openapi/, served at /api/v1/openapi.json). After changing
 * the document, run `npm run generate:api-types` (scripts/generate-api-types.ts); a test fails while this
 * file is stale.
 */
export interface paths {
  '/api/v1/services': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List services (name order) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          /** @description The `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ServicePage'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/services/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One service */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          name: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The service */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Service'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/services/{name}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List versions (newest first) */
    get: {
      parameters: {
        query?: {
          branch?: string;
          limit?: number;
          /** @description The `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path: {
          name: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['VersionPage'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/services/{name}/versions/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One version */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          name: string;
          version: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The version */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Version'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Create a version (idempotent), with branch and tags */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          name: string;
          version: string;
        };
        cookie?: never;
      };
      requestBody?: {
        content: {
          'application/json': components['schemas']['VersionInput'];
        };
      };
      responses: {
        /** @description The version */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Version'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/services/{name}/versions/{version}/tags/{tag}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Tag a version */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          name: string;
          version: string;
          tag: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The version */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Version'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/services/{name}/versions/{version}/verifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A version’s verifications */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          name: string;
          version: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description All of them */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['VerificationPage'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Record a spec verification (default) or, with contractSha, a Pact verification */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          name: string;
          version: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RecordVerificationInput'];
        };
      };
      responses: {
        /** @description Recorded */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Verification'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/services/{name}/verification-summaries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Versions (newest first, paged as the version list) with their newest verifications */
    get: {
      parameters: {
        query?: {
          branch?: string;
          limit?: number;
          /** @description The `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path: {
          name: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['VersionVerificationsPage'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/services/{name}/specs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List specs (newest first) */
    get: {
      parameters: {
        query?: {
          /** @description Only the spec this version published (none for a version without one) */
          version?: string;
          limit?: number;
          /** @description The `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path: {
          name: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SpecPage'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Publish a spec (201 new; 200 unchanged or replaced); compares it with consumer contracts */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          name: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['PublishSpecInput'];
        };
      };
      responses: {
        /** @description Published */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PublishedSpec'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with what is stored */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Document too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Invalid spec or contract (the loader’s message) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/services/{name}/specs/latest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The latest spec with its content (of `kind`, when given: 404 spec.not-found when none; without it, 400 spec.kind-ambiguous once the service has OpenAPI and AsyncAPI specs) */
    get: {
      parameters: {
        query?: {
          /** @description openapi or asyncapi: needed once the service has published both (else 400 spec.kind-ambiguous naming them). */
          kind?: 'openapi' | 'asyncapi';
        };
        header?: never;
        path: {
          name: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The spec */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SpecWithContent'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List contracts (oldest first) */
    get: {
      parameters: {
        query?: {
          consumer?: string;
          provider?: string;
          /** @description needs consumer */
          consumerVersion?: string;
          limit?: number;
          /** @description The `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ContractPage'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Publish a contract (201 new; 200 unchanged or replaced); compares it with the provider’s specs */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['PublishContractInput'];
        };
      };
      responses: {
        /** @description Published */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PublishedContract'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with what is stored */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Document too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Invalid spec or contract (the loader’s message) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contracts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One contract with its content */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The contract */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ContractWithContent'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/comparisons': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Compare a contract with a spec now (a pair not compared yet) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ComparisonRequest'];
        };
      };
      responses: {
        /** @description Already compared: the stored comparison */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ComparisonWithFindings'];
          };
        };
        /** @description Compared now (in the worker pool; stored with its event in one transaction) */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ComparisonWithFindings'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/comparisons/{contractSha}/{specSha}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One comparison with its findings */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          contractSha: string;
          specSha: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The comparison */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ComparisonWithFindings'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/matrix': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Consumer version × provider version with status (newest contracts first) */
    get: {
      parameters: {
        query?: {
          consumer?: string;
          provider?: string;
          consumerVersion?: string;
          providerVersion?: string;
          consumerBranch?: string;
          providerBranch?: string;
          /** @description only versions currently deployed or released there, on both sides */
          environment?: string;
          status?: components['schemas']['MatrixStatus'];
          limit?: number;
          /** @description The `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MatrixRowPage'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/graph': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The service graph: services and integrations with status, through a lens */
    get: {
      parameters: {
        query?: {
          /** @description judge each integration by the versions running there (default: the main branches’ newest contract and spec) */
          environment?: string;
          /** @description only the integrations with this consumer (and the services they name) */
          consumer?: string;
          /** @description only the integrations with this provider (and the services they name) */
          provider?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The graph */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ServiceGraph'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/environments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List environments (name order) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          /** @description The `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EnvironmentPage'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Create an environment */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CreateEnvironmentInput'];
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Environment'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Conflicts with what is stored */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/environments/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One environment */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          name: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The environment */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Environment'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/environments/{name}/deployed-versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Deployment and release history (newest first); `current=true` for what runs now */
    get: {
      parameters: {
        query?: {
          current?: 'true' | 'false';
          limit?: number;
          /** @description The `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path: {
          name: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DeployedVersionPage'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/environments/{name}/deployments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a deployment */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          name: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['DeploymentInput'];
        };
      };
      responses: {
        /** @description Recorded */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DeployedVersion'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/environments/{name}/deployments/{service}/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Record an undeployment (of every instance, or of `applicationInstance`) */
    delete: {
      parameters: {
        query?: {
          applicationInstance?: string;
        };
        header?: never;
        path: {
          name: string;
          service: string;
          version: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Recorded */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/environments/{name}/releases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a release */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          name: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['DeploymentTarget'];
        };
      };
      responses: {
        /** @description Recorded */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DeployedVersion'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/environments/{name}/releases/{service}/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Record that support for a release ended */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          name: string;
          service: string;
          version: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Recorded */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deploy-guard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Is it safe to deploy service@version to environment? Verdict with every reason */
    get: {
      parameters: {
        query: {
          service: string;
          version: string;
          environment: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The answer */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DeployGuardAnswer'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The timeline (newest first) */
    get: {
      parameters: {
        query?: {
          /** @description events filed under it, and comparisons and verifications naming it as the consumer */
          service?: string;
          type?: string;
          /** @description a date (UTC) or a date-time with offset: events at or after it */
          since?: string;
          /** @description a date (UTC) or a date-time with offset: events before it */
          until?: string;
          limit?: number;
          /** @description The `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EventPage'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List API tokens (admin) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          /** @description The `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiTokenPage'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Create an API token (admin); the token is in this response only */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CreateTokenInput'];
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['NewApiToken'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/whoami': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's own access: open mode, or the token's role and name (never its secret) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The caller */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Whoami'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an API token (admin) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Revoked */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/openapi.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** This document */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OpenAPI 3.1 */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': Record<string, unknown>;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/services/{name}/deployed-versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The service's current deployments and releases in every environment (one page) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          name: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DeployedVersionPage'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Live updates: a server-sent-events stream of new timeline events
     * @description One `message` per new timeline event (`id:` is the event id; `data:` is the JSON below), a `: heartbeat` comment every 15 s, and a `retry` hint. A client reconnecting with `Last-Event-ID` first gets the events after that id, oldest first (at most 500: the newest, when more were missed; read the timeline for the rest), then `: connected`, then live events; each event is sent once. Works across broker processes sharing one database (the broker polls the events table about once a second). The stream ends when the broker shuts down.
     */
    get: {
      parameters: {
        query?: never;
        header?: {
          /** @description The `id:` of the last event the client received (EventSource sends it when reconnecting): the events after it are replayed before live ones. A value that is not an event id is ignored. */
          'Last-Event-ID'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The stream (never ends on its own) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/event-stream': string;
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/services/{name}/specs/latest/operations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The operations and named schemas of the latest spec (read through the spec loader) */
    get: {
      parameters: {
        query?: {
          /** @description openapi or asyncapi: needed once the service has published both (else 400 spec.kind-ambiguous naming them). */
          kind?: 'openapi' | 'asyncapi';
        };
        header?: never;
        path: {
          name: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Operations and schemas */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SpecOperations'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Invalid spec or contract (the loader’s message) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/services/{name}/spec-impact': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The changes from the latest spec to a candidate, each with the consumers it breaks (nothing stored) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          name: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SpecImpactInput'];
        };
      };
      responses: {
        /** @description The impact */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SpecImpactAnswer'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Document too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Invalid spec or contract (the loader’s message) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/services/{name}/usage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Which consumer interactions rely on each part of the latest spec */
    get: {
      parameters: {
        query?: {
          /** @description Count the consumer versions deployed or released there. */
          environment?: string;
          /** @description Count each consumer’s latest version on this branch (default: its main branch). */
          branch?: string;
        };
        header?: never;
        path: {
          name: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The usage */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SpecUsageAnswer'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Invalid spec or contract (the loader’s message) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/services/{name}/versions/{version}/spec': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The spec this version published, with its content (404 spec.not-found when it published none) */
    get: {
      parameters: {
        query?: {
          /** @description openapi or asyncapi: needed when the version has both (else 400 spec.kind-ambiguous). */
          kind?: 'openapi' | 'asyncapi';
        };
        header?: never;
        path: {
          name: string;
          version: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The spec */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SpecWithContent'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/services/{name}/versions/{version}/spec/operations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The operations and named schemas of the spec this version published (404 spec.not-found when none) */
    get: {
      parameters: {
        query?: {
          /** @description openapi or asyncapi: needed when the version has both (else 400 spec.kind-ambiguous). */
          kind?: 'openapi' | 'asyncapi';
        };
        header?: never;
        path: {
          name: string;
          version: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Operations and schemas */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SpecOperations'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Invalid spec or contract (the loader’s message) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List webhooks (admin) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          /** @description The `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['WebhookPage'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Create a webhook subscription (admin) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CreateWebhookInput'];
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Webhook'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One webhook (admin) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The webhook */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Webhook'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a webhook and its delivery log (admin) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a webhook; null clears a field, "[redacted]" keeps a header (admin) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: {
        content: {
          'application/json': components['schemas']['UpdateWebhookInput'];
        };
      };
      responses: {
        /** @description Changed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Webhook'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/webhooks/{id}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a test ping now (not retried) and show the attempt (admin) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The ping’s delivery */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['WebhookDeliveryDetail'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The delivery log, newest first (admin) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          /** @description The `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['WebhookDeliveryPage'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}/deliveries/{deliveryId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One delivery with every attempt (admin) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          deliveryId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The delivery */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['WebhookDeliveryDetail'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Queue the delivery’s event again, same event id (admin) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          deliveryId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Queued */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['WebhookDelivery'];
          };
        };
        /** @description Malformed request */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No valid token (when authentication is on) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The token’s role does not allow this */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description RFC 9457 problem details; `code` is stable and safe to match on. */
    Problem: {
      type: string;
      code: string;
      title: string;
      status: number;
      detail: string;
      requestId: string;
      /** @description On 400 `request.invalid`: each invalid part of the request (`body.events.0`, `query.limit`) and why. */
      issues?: {
        path: string;
        message: string;
      }[];
      /** @description Where in the request or its document the problem is (a JSON path, or a line and column of a spec). */
      location?: string;
    };
    /** @description A deployable application. Services are created by publishing; there is no create call. */
    Service: {
      name: string;
      /** @description The branch whose head counts as "main" (the first of develop/main/master published, unless set). */
      mainBranch: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    /** @description One build of a service. */
    Version: {
      service: string;
      /** @description The version number, e.g. a git SHA. */
      number: string;
      /** @description The first branch the version was put on (`branches` has them all). */
      branch: string | null;
      /** @description Every branch the version is on, in the order it was put on them. */
      branches: string[];
      /** @description The CI build that made it, as its publisher said (the latest given). */
      buildUrl: string | null;
      tags: string[];
      /** Format: date-time */
      createdAt: string;
    };
    /** @description Branch, tags and build URL to give a version when creating it (or to add to one that exists; a build URL replaces the stored one). */
    VersionInput: {
      branch?: string;
      tags?: string[];
      buildUrl?: string;
    };
    /** @description A provider verification: `spec` (the version implements a spec, e.g. `signet test`) or `pact` (the Pact verifier replayed one contract content against it). */
    Verification: {
      id: number;
      /** @enum {string} */
      kind: 'spec' | 'pact';
      specSha: string | null;
      contractSha: string | null;
      success: boolean;
      results: unknown[];
      buildUrl: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    /** @description A verification without its per-check results (the version’s verification list has them). */
    VerificationSummary: {
      id: number;
      /** @enum {string} */
      kind: 'spec' | 'pact';
      specSha: string | null;
      contractSha: string | null;
      success: boolean;
      /** Format: date-time */
      createdAt: string;
    };
    /** @description A version with its newest verifications. */
    VersionVerifications: {
      version: components['schemas']['Version'];
      /** @description The newest spec verification (a later failure supersedes an earlier success), or null. */
      spec: null | components['schemas']['VerificationSummary'];
      /** @description The newest Pact-verifier result, whichever contract it verified, or null. */
      pact: null | components['schemas']['VerificationSummary'];
    };
    RecordVerificationInput: {
      success: boolean;
      /** @description Per-check details, kept as given (at most 10,000). */
      results?: unknown[];
      /** Format: uri */
      buildUrl?: string;
      /** @description Spec verification (the default) of this spec content; default: the version’s own spec. */
      specSha?: string;
      /** @description Pact verification of this contract content instead. Not with `specSha`. */
      contractSha?: string;
    };
    /** @description A provider spec as published for a provider (version): OpenAPI 3.x or Swagger 2.0 (HTTP), or AsyncAPI 2.x/3.x (messages). */
    Spec: {
      id: number;
      service: string;
      version: string | null;
      /** @description sha256 of the text, lower-case hex: the same text is stored once. */
      contentSha: string;
      /**
       * @description What the spec describes: HTTP (OpenAPI, Swagger) or messages (AsyncAPI). A version holds at most one of each.
       * @enum {string}
       */
      kind: 'openapi' | 'asyncapi';
      /** @description The `specSha` of the version’s comparisons: `contentSha`, or, when the version has an OpenAPI and an AsyncAPI spec, the sha of the spec-set document over both (contracts are compared with both at once). */
      setSha: string;
      /** Format: date-time */
      createdAt: string;
    };
    SpecWithContent: {
      id: number;
      service: string;
      version: string | null;
      /** @description sha256 of the text, lower-case hex: the same text is stored once. */
      contentSha: string;
      /**
       * @description What the spec describes: HTTP (OpenAPI, Swagger) or messages (AsyncAPI). A version holds at most one of each.
       * @enum {string}
       */
      kind: 'openapi' | 'asyncapi';
      /** @description The `specSha` of the version’s comparisons: `contentSha`, or, when the version has an OpenAPI and an AsyncAPI spec, the sha of the spec-set document over both (contracts are compared with both at once). */
      setSha: string;
      /** Format: date-time */
      createdAt: string;
      content: string;
    };
    /** @description A consumer contract (Pact) of one consumer version with one provider. */
    Contract: {
      id: number;
      consumer: string;
      consumerVersion: string;
      provider: string;
      contentSha: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    ContractWithContent: {
      id: number;
      consumer: string;
      consumerVersion: string;
      provider: string;
      contentSha: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      content: string;
    };
    /**
     * @description `created` the first time, `unchanged` when repeated, `replaced` with `overwrite`.
     * @enum {string}
     */
    PublishOutcome: 'created' | 'unchanged' | 'replaced';
    PublishSpecInput: {
      /** @description The spec: OpenAPI 3.0/3.1, Swagger 2.0 or AsyncAPI 2.x/3.x, JSON or YAML (local `$ref`s only). */
      content: string | Record<string, unknown>;
      version?: string;
      /** @description Needs `version`. */
      branch?: string;
      /** @description Replace a different spec already published for this version (else 409 `spec.content-changed`). */
      overwrite?: boolean;
    };
    PublishContractInput: {
      /** @description The Pact file; consumer and provider are read from it. */
      content: string | Record<string, unknown>;
      consumerVersion: string;
      /** @description When given, must match the contract’s consumer. */
      consumer?: string;
      branch?: string;
      tags?: string[];
      /** @description Replace different content already published for this version (else 409 `contract.content-changed`). */
      overwrite?: boolean;
    };
    PublishedSpec: {
      outcome: components['schemas']['PublishOutcome'];
      spec: components['schemas']['Spec'];
      /** @description The comparisons this publication ran or found, against the contracts of the provider’s consumers. */
      comparisons: components['schemas']['Comparison'][];
    };
    PublishedContract: {
      outcome: components['schemas']['PublishOutcome'];
      contract: components['schemas']['Contract'];
      /** @description Comparisons with the provider’s specs that matter. */
      comparisons: components['schemas']['Comparison'][];
    };
    /** @description One error worth showing in a summary (warnings never block). */
    FindingDigest: {
      code: string;
      message: string;
      /** @description The interaction that failed, as the contract describes it. */
      interaction: string;
      /** @description `GET /api/gadgets/{gadgetId}`: the spec operation, or the contract’s request when none matched. */
      operation?: string;
    };
    /** @description What a comparison concluded, reduced to counts and the first few errors. */
    ComparisonSummary: {
      compatible: boolean;
      errorCount: number;
      warningCount: number;
      /** @description The first few errors, in contract order. */
      errors: components['schemas']['FindingDigest'][];
    };
    /** @description One finding of a comparison, with PactFlow’s codes (e.g. `request.path-or-method.unknown`). */
    Finding: {
      code: string;
      /** @enum {string} */
      type: 'error' | 'warning' | 'info';
      message: string;
      mockDetails: {
        interactionDescription: string;
        interactionState: string;
        location: string;
        value?: unknown;
      };
      specDetails?: {
        location: string;
        pathMethod?: string;
        pathName?: string;
        value?: unknown;
      };
      /** @description Why a composite finding holds: for `message.no.match`, each candidate message’s errors. */
      causes?: components['schemas']['Finding'][];
    };
    /** @description A consumer contract content checked against a provider spec content, once per pair. */
    Comparison: {
      contractSha: string;
      specSha: string;
      /**
       * @description `failed`: the comparison could not run (see `error`); it says nothing about compatibility.
       * @enum {string}
       */
      status: 'compatible' | 'incompatible' | 'failed';
      summary: components['schemas']['ComparisonSummary'];
      error: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    ComparisonWithFindings: {
      contractSha: string;
      specSha: string;
      /**
       * @description `failed`: the comparison could not run (see `error`); it says nothing about compatibility.
       * @enum {string}
       */
      status: 'compatible' | 'incompatible' | 'failed';
      summary: components['schemas']['ComparisonSummary'];
      error: string | null;
      /** Format: date-time */
      createdAt: string;
      findings: components['schemas']['Finding'][];
    };
    /** @description A pair to compare: a contract content and a spec of the provider it names. */
    ComparisonRequest: {
      /** @description A contract content (`contentSha` of a contract). */
      contractSha: string;
      /** @description A spec key: a spec’s `setSha` (its `contentSha` when its version has one spec). */
      specSha: string;
    };
    /** @description A place services are deployed to. */
    Environment: {
      name: string;
      displayName: string;
      production: boolean;
      /** Format: date-time */
      createdAt: string;
    };
    CreateEnvironmentInput: {
      /** @description Unique, no whitespace or slashes. */
      name: string;
      displayName?: string;
      production?: boolean;
    };
    /** @description The version a release is about. */
    DeploymentTarget: {
      service: string;
      version: string;
    };
    /** @description The version a deployment is about; `applicationInstance` when several instances run side by side. */
    DeploymentInput: {
      service: string;
      version: string;
      applicationInstance?: string;
    };
    /** @description A version running in an environment: a `deployment` (replaces the previous version of the same application instance) or a `release` (accumulates, e.g. mobile apps). */
    DeployedVersion: {
      id: number;
      service: string;
      version: string;
      environment: string;
      /** @enum {string} */
      kind: 'deployment' | 'release';
      applicationInstance: string | null;
      /** @description Still deployed (or still supported). */
      current: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      endedAt: string | null;
    };
    /** @description One entry of the timeline, e.g. `spec.published`, `verification.succeeded`, `deployment.recorded`. */
    Event: {
      id: number;
      type: string;
      service: string | null;
      /** @description What happened, by event type (names, versions, shas, statuses). */
      payload: Record<string, unknown>;
      /** Format: date-time */
      createdAt: string;
    };
    /** @description A new timeline event, as the live stream announces it (read the timeline for its payload). */
    LiveEvent: {
      id: number;
      type: string;
      service: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    /**
     * @description The status of one consumer version against one provider version.
     * @enum {string}
     */
    MatrixStatus: 'compatible' | 'incompatible' | 'unknown';
    /** @description One consumer version × provider version (provider version null when there is none to pair with). */
    MatrixRow: {
      consumer: {
        name: string;
        version: string;
        branch: string | null;
      };
      provider: {
        name: string;
        version: string | null;
        branch: string | null;
      };
      contractSha: string;
      specSha: string | null;
      status: components['schemas']['MatrixStatus'];
      /** @description The provider version’s newest spec verification, and its newest Pact-verifier result of this contract. */
      verification: {
        spec: null | {
          success: boolean;
          /** Format: date-time */
          verifiedAt: string;
        };
        pact: null | {
          success: boolean;
          /** Format: date-time */
          verifiedAt: string;
        };
      };
    };
    /** @description One integration through a lens, naming the pair judged. */
    GraphEdge: {
      consumer: string;
      provider: string;
      /**
       * @description The pair the lens judges: its comparison and verifications.
       * @enum {string}
       */
      status: 'compatible' | 'incompatible' | 'unknown';
      contractSha: string;
      specSha: string | null;
      consumerVersion: string | null;
      consumerBranch: string | null;
      /** @description The provider version judged; null: none (not deployed there). */
      providerVersion: string | null;
    };
    /** @description Every service and every integration, in one document (the UI lays out the whole graph at once). */
    ServiceGraph: {
      /** @description main: each consumer’s newest main-branch contract against its provider’s newest main-branch spec; environment: the worst pair of versions running there (integrations with no consumer version there are left out). */
      lens: {
        /** @enum {string} */
        kind: 'main' | 'environment';
        environment: string | null;
      };
      services: {
        name: string;
        /**
         * Format: date-time
         * @description Its newest version, spec or contract.
         */
        lastPublishedAt: string | null;
        /**
         * Format: date-time
         * @description Its newest verification as a provider.
         */
        lastVerifiedAt: string | null;
      }[];
      integrations: components['schemas']['GraphEdge'][];
      /** @description Main lens: integrations whose newest contract is from another branch, judged against the same spec, listed apart. */
      featureBranches: components['schemas']['GraphEdge'][];
    };
    /** @enum {string} */
    Role: 'read' | 'write' | 'admin';
    /** @description An API token as listed: never the secret itself (only its hash is stored). */
    ApiToken: {
      id: number;
      name: string;
      role: components['schemas']['Role'];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      revokedAt: string | null;
    };
    /** @description A token just created: the only time its secret is shown. */
    NewApiToken: {
      id: number;
      name: string;
      role: components['schemas']['Role'];
      /** Format: date-time */
      createdAt: string;
      revokedAt: null;
      /** @description Shown once; only its hash is stored. */
      token: string;
    };
    CreateTokenInput: {
      name: string;
      role: components['schemas']['Role'];
    };
    /** @description Who the caller is: in open mode anyone may do anything; in token mode, the role of the token sent. */
    Whoami:
      | {
          /** @constant */
          mode: 'open';
        }
      | {
          /** @constant */
          mode: 'token';
          role: components['schemas']['Role'];
          /** @description The token's name as stored (`bootstrap admin` for the start-up admin token). */
          name: string;
          /** @description The stored token; absent for the bootstrap admin token, which has no row. */
          token?: {
            id: number;
            name: string;
            /** Format: date-time */
            createdAt: string;
          };
        };
    /** @description One build of one service. */
    VersionRef: {
      service: string;
      version: string;
    };
    /** @description A consumer version and a provider version linked by a contract. */
    Integration: {
      consumer: components['schemas']['VersionRef'];
      provider: components['schemas']['VersionRef'];
    };
    /**
     * @description What the reason does to the verdict: `blocks` makes it unsafe, `unknown` leaves it open, `ok` is informative. The broker decides it; clients show it.
     * @enum {string}
     */
    ReasonEffect: 'ok' | 'blocks' | 'unknown';
    /** @description Why a deployment is safe, unsafe or unknown: `kind` says which, `effect` how it weighs; every reason names the versions involved. */
    Reason:
      | {
          /** @constant */
          kind: 'version-not-found';
          effect: components['schemas']['ReasonEffect'];
          subject: components['schemas']['VersionRef'];
          environment: string;
        }
      | {
          /** @constant */
          kind: 'no-integrations';
          effect: components['schemas']['ReasonEffect'];
          subject: components['schemas']['VersionRef'];
          environment: string;
        }
      | {
          /** @constant */
          kind: 'compatible';
          effect: components['schemas']['ReasonEffect'];
          integration: components['schemas']['Integration'];
          /**
           * @description Which check the positive result came from.
           * @enum {string}
           */
          via: 'comparison' | 'pact-verification';
          contractSha: string;
          specSha?: string;
        }
      | {
          /** @constant */
          kind: 'incompatible';
          effect: components['schemas']['ReasonEffect'];
          integration: components['schemas']['Integration'];
          contractSha: string;
          specSha: string;
          findings: components['schemas']['ComparisonSummary'];
          /** @description When the provider’s new spec broke a consumer: the spec changes that caused it. Absent when no earlier spec of the provider passed this contract. */
          specChanges?: {
            /** @description The provider’s newest spec published before `specSha` that this contract passed. */
            baseSpecSha: string;
            /** @description The changes from it to `specSha` that break this consumer (what its failing interactions use). */
            changes: components['schemas']['SpecChange'][];
          };
        }
      | {
          /** @constant */
          kind: 'comparison-pending';
          effect: components['schemas']['ReasonEffect'];
          integration: components['schemas']['Integration'];
          contractSha: string;
          specSha: string;
        }
      | {
          /** @constant */
          kind: 'no-spec-verified';
          effect: components['schemas']['ReasonEffect'];
          integration: components['schemas']['Integration'];
          contractSha: string;
        }
      | {
          /** @constant */
          kind: 'pact-verification-failed';
          effect: components['schemas']['ReasonEffect'];
          integration: components['schemas']['Integration'];
          contractSha: string;
        }
      | {
          /** @constant */
          kind: 'no-provider-deployed';
          effect: components['schemas']['ReasonEffect'];
          consumer: components['schemas']['VersionRef'];
          provider: string;
          environment: string;
        }
      | {
          /** @constant */
          kind: 'provider-verified';
          effect: components['schemas']['ReasonEffect'];
          provider: components['schemas']['VersionRef'];
          specSha: string;
        }
      | {
          /** @constant */
          kind: 'not-verified';
          effect: components['schemas']['ReasonEffect'];
          provider: components['schemas']['VersionRef'];
        }
      | {
          /** @constant */
          kind: 'verification-failed';
          effect: components['schemas']['ReasonEffect'];
          provider: components['schemas']['VersionRef'];
          specSha: string;
        };
    /** @enum {string} */
    Verdict: 'safe' | 'unsafe' | 'unknown';
    DeployGuardAnswer: {
      service: string;
      version: string;
      environment: string;
      verdict: components['schemas']['Verdict'];
      /** @description Every reason, in both directions (as consumer and as provider), not just the first. */
      reasons: components['schemas']['Reason'][];
    };
    /**
     * @description A Signet event, or a Pact Broker event name standing for some of them.
     * @enum {string}
     */
    WebhookEventName:
      | 'spec.published'
      | 'contract.published'
      | 'contract.content_changed'
      | 'comparison.succeeded'
      | 'comparison.failed'
      | 'verification.succeeded'
      | 'verification.failed'
      | 'deployment.recorded'
      | 'contract_published'
      | 'contract_content_changed'
      | 'contract_requiring_verification_published'
      | 'provider_verification_published'
      | 'provider_verification_succeeded'
      | 'provider_verification_failed';
    /** @description A webhook subscription as the broker shows it: the secret never, credential headers as `[redacted]`. */
    Webhook: {
      id: number;
      description: string | null;
      events: components['schemas']['WebhookEventName'][];
      service: string | null;
      consumer: string | null;
      provider: string | null;
      /** @enum {string} */
      method: 'POST' | 'PUT' | 'PATCH' | 'GET' | 'DELETE';
      url: string;
      /** @description Credential headers (Authorization, tokens, keys) show as "[redacted]". */
      headers: {
        [key: string]: string;
      };
      /** @description Body template; null sends the default JSON body. */
      body: string | null;
      /** @description The secret itself is never shown. */
      hasSecret: boolean;
      enabled: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    /** @description A new subscription; `events` and `url` are required. */
    CreateWebhookInput: {
      description?: string | null;
      events: components['schemas']['WebhookEventName'][];
      /** @description Only events about this service (as subject, consumer or provider). */
      service?: string | null;
      /** @description Only events of integrations with this consumer. */
      consumer?: string | null;
      /** @description Only events of integrations with this provider. */
      provider?: string | null;
      /**
       * @default POST
       * @enum {string}
       */
      method?: 'POST' | 'PUT' | 'PATCH' | 'GET' | 'DELETE';
      /** @description http(s); may use ${signet.*} / ${pactbroker.*} variables. */
      url: string;
      headers?: {
        [key: string]: string;
      };
      /** @description A template (text) or a JSON object. */
      body?: string | Record<string, unknown> | null;
      /** @description Signs every request (Signet-Signature). */
      secret?: string | null;
      /** @default true */
      enabled?: boolean;
    };
    /** @description A change: only the given fields; `null` clears an optional one, "[redacted]" keeps a header. */
    UpdateWebhookInput: {
      description?: string | null;
      events?: components['schemas']['WebhookEventName'][];
      /** @description Only events about this service (as subject, consumer or provider). */
      service?: string | null;
      /** @description Only events of integrations with this consumer. */
      consumer?: string | null;
      /** @description Only events of integrations with this provider. */
      provider?: string | null;
      /**
       * @default POST
       * @enum {string}
       */
      method?: 'POST' | 'PUT' | 'PATCH' | 'GET' | 'DELETE';
      /** @description http(s); may use ${signet.*} / ${pactbroker.*} variables. */
      url?: string;
      headers?: {
        [key: string]: string;
      };
      /** @description A template (text) or a JSON object. */
      body?: string | Record<string, unknown> | null;
      /** @description Signs every request (Signet-Signature). */
      secret?: string | null;
      /** @default true */
      enabled?: boolean;
    };
    /** @description One delivery of an event (or test ping) to a subscription. */
    WebhookDelivery: {
      id: number;
      /** @description The Signet-Event-Id header: the same on every attempt and redelivery. */
      eventId: string;
      eventType: string;
      /** @enum {string} */
      kind: 'event' | 'ping' | 'redelivery';
      /** @enum {string} */
      state: 'pending' | 'delivered' | 'failed';
      attempts: number;
      maxAttempts: number;
      /** Format: date-time */
      nextAttemptAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      finishedAt: string | null;
    };
    /** @description One attempt in a delivery’s log. */
    WebhookAttempt: {
      attempt: number;
      /** Format: date-time */
      startedAt: string;
      latencyMs: number;
      succeeded: boolean;
      responseStatus: number | null;
      /** @description The first 4 KiB, secrets redacted. */
      responseBody: string | null;
      error: string | null;
      /** @description The request this attempt sent; null when it failed before one was built, and for attempts logged before requests were kept. */
      request: components['schemas']['WebhookSentRequest'] | null;
    };
    /** @description The request one webhook attempt sent, as the delivery log keeps it. */
    WebhookSentRequest: {
      method: string;
      /** @description As sent, credentials in it redacted. */
      url: string;
      /** @description As sent (Content-Length aside); credential headers and the subscription’s secrets redacted. */
      headers: {
        [key: string]: string;
      };
      /** @description The first 64 KiB, secrets redacted; null for GET and HEAD. */
      body: string | null;
      /** @description The size of the whole body sent, in bytes. */
      bodyBytes: number;
      /** @description True when `body` is only the start of what was sent. */
      bodyTruncated: boolean;
    };
    WebhookDeliveryDetail: {
      id: number;
      /** @description The Signet-Event-Id header: the same on every attempt and redelivery. */
      eventId: string;
      eventType: string;
      /** @enum {string} */
      kind: 'event' | 'ping' | 'redelivery';
      /** @enum {string} */
      state: 'pending' | 'delivered' | 'failed';
      attempts: number;
      maxAttempts: number;
      /** Format: date-time */
      nextAttemptAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      finishedAt: string | null;
      log: components['schemas']['WebhookAttempt'][];
    };
    /** @description One operation of a spec. */
    SpecOperation: {
      method: string;
      path: string;
      operationId: string | null;
      summary: string | null;
      parameters: {
        name: string;
        in: string;
        required: boolean;
        /** @description JSON Schema of the value (as translated), or null */
        schema: unknown;
      }[];
      requestBody: null | {
        required: boolean;
        contentTypes: string[];
        content: {
          contentType: string;
          /** @description JSON Schema (as translated), or null */
          schema: unknown;
        }[];
      };
      responses: {
        status: string;
        contentTypes: string[];
        /** @description JSON Schema of the first media type (as translated), or null */
        schema: unknown;
        content: {
          contentType: string;
          /** @description JSON Schema (as translated), or null */
          schema: unknown;
        }[];
      }[];
    };
    /** @description The operations and named schemas of a provider’s latest spec. */
    SpecOperations: {
      service: string;
      version: string | null;
      contentSha: string;
      /** @enum {string} */
      kind: 'openapi' | 'asyncapi';
      /** @enum {string} */
      format: 'swagger-2.0' | 'openapi-3.0' | 'openapi-3.1' | 'asyncapi-2' | 'asyncapi-3';
      title: string | null;
      operations: components['schemas']['SpecOperation'][];
      /** @description Named schemas as written (components.schemas or definitions) */
      schemas: Record<string, unknown>;
    };
    SpecImpactInput: {
      /** @description The document as text (JSON or YAML) or as a JSON object. */
      content: string | Record<string, unknown>;
      /** @description Count the consumer versions deployed or released there. */
      environment?: string;
      /** @description Count each consumer’s latest version on this branch. */
      branch?: string;
    };
    /** @description One interaction of one consumer version’s contract. */
    InteractionRef: {
      consumer: string;
      version?: string;
      interaction: string;
      index: number;
    };
    /** @description One classified change between two versions of a spec. */
    SpecChange: {
      /** @description Stable check id, e.g. `response-required-property-removed`. */
      id: string;
      /** @enum {string} */
      severity: 'breaking' | 'potentially-breaking' | 'safe';
      message: string;
      /** @enum {string} */
      direction: 'request' | 'response' | 'spec';
      operation?: {
        method: string;
        path: string;
      };
      parameter?: {
        in: string;
        name: string;
      };
      status?: string;
      mediaType?: string;
      /** @description e.g. `items[].inStock`; empty for the schema itself. */
      propertyPath?: string;
      /** @description JSON pointer into the base spec. */
      base?: string;
      /** @description JSON pointer into the candidate spec. */
      head?: string;
    };
    ConsumerRef: {
      consumer: string;
      version?: string;
      environments?: string[];
      branches?: string[];
      mainBranch?: boolean;
    };
    /** @description A change and the consumers it breaks. */
    ChangeImpact: {
      change: components['schemas']['SpecChange'];
      /**
       * @description `unused`: breaking in theory, but no consumer counted relies on it — safe to ship.
       * @enum {string}
       */
      verdict: 'breaks' | 'used' | 'unused' | 'safe';
      breaks: components['schemas']['ConsumerRef'][];
      usedBy: components['schemas']['InteractionRef'][];
      message: string;
    };
    /** @description One consumer version counted, and what the candidate does to it. */
    ConsumerImpact: {
      consumer: string;
      version?: string;
      environments?: string[];
      branches?: string[];
      mainBranch?: boolean;
      /**
       * @description `broken`: its contract passes against the base spec and fails against the candidate.
       * @enum {string}
       */
      verdict: 'broken' | 'already-incompatible' | 'compatible';
      /** @description Indexes into `changes` of the changes that break it. */
      changes: number[];
      findings: components['schemas']['Finding'][];
    };
    SpecImpact: {
      changes: components['schemas']['ChangeImpact'][];
      consumers: components['schemas']['ConsumerImpact'][];
      /** @description Broken consumers no listed change concerns (still broken). */
      unexplained: components['schemas']['ConsumerRef'][];
      counts: {
        breaks: number;
        used: number;
        unused: number;
        safe: number;
        brokenConsumers: number;
      };
      /** @description True when any consumer counted is broken. */
      broken: boolean;
    };
    StoredSpecRef: {
      id: number;
      version: string | null;
      contentSha: string;
    };
    /** @description What publishing the candidate spec would do to the consumers that count; nothing is stored. */
    SpecImpactAnswer: {
      provider: string;
      base: components['schemas']['StoredSpecRef'];
      /** @description Which consumer versions counted: running in `environment`, the latest on `branch`, or (neither) on each consumer’s main branch. */
      selection: {
        environment?: string;
        branch?: string;
      };
      impact: components['schemas']['SpecImpact'];
    };
    MediaUsage: {
      mediaType: string;
      usedBy: components['schemas']['InteractionRef'][];
      properties: {
        path: string;
        usedBy: components['schemas']['InteractionRef'][];
      }[];
    };
    OperationUsage: {
      method: string;
      path: string;
      operationId?: string;
      usedBy: components['schemas']['InteractionRef'][];
      parameters: {
        in: string;
        name: string;
        usedBy: components['schemas']['InteractionRef'][];
      }[];
      requestBody?: {
        content: components['schemas']['MediaUsage'][];
      };
      responses: {
        status: string;
        usedBy: components['schemas']['InteractionRef'][];
        headers: {
          name: string;
          usedBy: components['schemas']['InteractionRef'][];
        }[];
        content: components['schemas']['MediaUsage'][];
      }[];
    };
    /** @description Which consumer interactions rely on each operation, parameter, status, header, media type and property of the latest spec. */
    SpecUsageAnswer: {
      provider: string;
      spec: components['schemas']['StoredSpecRef'];
      /** @description Which consumer versions counted: running in `environment`, the latest on `branch`, or (neither) on each consumer’s main branch. */
      selection: {
        environment?: string;
        branch?: string;
      };
      consumers: components['schemas']['ConsumerRef'][];
      usage: {
        operations: components['schemas']['OperationUsage'][];
        unrouted: components['schemas']['InteractionRef'][];
      };
    };
    ServicePage: {
      items: components['schemas']['Service'][];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
    };
    VersionPage: {
      items: components['schemas']['Version'][];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
    };
    VerificationPage: {
      items: components['schemas']['Verification'][];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
    };
    VersionVerificationsPage: {
      items: components['schemas']['VersionVerifications'][];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
    };
    SpecPage: {
      items: components['schemas']['Spec'][];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
    };
    ContractPage: {
      items: components['schemas']['Contract'][];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
    };
    EnvironmentPage: {
      items: components['schemas']['Environment'][];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
    };
    DeployedVersionPage: {
      items: components['schemas']['DeployedVersion'][];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
    };
    EventPage: {
      items: components['schemas']['Event'][];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
    };
    MatrixRowPage: {
      items: components['schemas']['MatrixRow'][];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
    };
    ApiTokenPage: {
      items: components['schemas']['ApiToken'][];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
    };
    WebhookPage: {
      items: components['schemas']['Webhook'][];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
    };
    WebhookDeliveryPage: {
      items: components['schemas']['WebhookDelivery'][];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
