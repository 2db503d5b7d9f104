import fc from 'fast-check';
import { anyString, deepJson, unstorableStrings, type Json } from './hostile-values.js';
import { poisoned, type Attempt, type FuzzRoute } from './fuzz-attempt.js';

const pact = {
  consumer: { name: 'fuzz-web' },
  provider: { name: 'fuzz-api' },
  interactions: [
    {
      description: 'get a thing',
      providerState: 'a thing exists',
      request: { method: 'GET', path: '/things/1' },
      response: { status: 200, body: { id: 1, name: 'thing' } },
    },
  ],
  metadata: { pactSpecification: { version: '2.0.0' } },
};

const sha = 'a'.repeat(64);

/** Typical bodies of the Pact API's writes, as the `pact` CLI and verifier send them. */
const pactRoutes: { method: string; path: string; body: Json }[] = [
  {
    method: 'POST',
    path: '/contracts/publish',
    body: {
      pacticipantName: 'fuzz-web',
      pacticipantVersionNumber: 'w1',
      branch: 'main',
      tags: ['dev'],
      buildUrl: 'https://ci.example/1',
      contracts: [
        {
          consumerName: 'fuzz-web',
          providerName: 'fuzz-api',
          specification: 'pact',
          contentType: 'application/json',
          content: Buffer.from(JSON.stringify(pact)).toString('base64'),
        },
      ],
    },
  },
  {
    method: 'POST',
    path: `/pacts/provider/fuzz-api/consumer/fuzz-web/pact-version/${sha}/verification-results`,
    body: {
      success: true,
      providerApplicationVersion: 'a1',
      buildUrl: 'https://ci.example/2',
      testResults: [],
    },
  },
  {
    method: 'POST',
    path: '/webhooks',
    body: {
      description: 'fuzz',
      events: [{ name: 'contract_published' }],
      request: {
        method: 'POST',
        url: 'https://ci.example/hook',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer x' },
        body: { consumer: '${pactbroker.consumerName}' },
      },
    },
  },
  {
    method: 'POST',
    path: '/webhooks/provider/fuzz-api/consumer/fuzz-web',
    body: {
      events: [{ name: 'provider_verification_failed' }],
      request: { method: 'GET', url: 'https://ci.example/x' },
    },
  },
  {
    method: 'POST',
    path: '/pacticipants',
    body: { name: 'fuzz-svc', mainBranch: 'main', repositoryUrl: 'https://git.example/r' },
  },
  { method: 'PATCH', path: '/pacticipants/fuzz-svc', body: { displayName: 'Fuzz', mainBranch: 'trunk' } },
  { method: 'PUT', path: '/pacticipants/fuzz-web/versions/w1/tags/prod', body: {} },
  {
    method: 'POST',
    path: '/environments',
    body: { name: 'fuzz-env', displayName: 'Fuzz', production: false },
  },
];

/** Fuzz routes for the Pact API's writes: the typical body, with a field poisoned or replaced by junk. */
export function pactWriteRoutes(): FuzzRoute[] {
  return pactRoutes.map(({ method, path, body }) => {
    const attempt = (text: string | undefined, contentType = 'application/json'): Attempt => ({
      method,
      target: path,
      ...(text === undefined ? {} : { body: text, contentType }),
    });
    return {
      label: `${method} ${path} (Pact API)`,
      anyAttempt: fc.oneof(
        fc.constant(attempt(JSON.stringify(body))),
        anyString.chain((hostile) => poisoned(body, hostile).map((text) => attempt(text))),
        fc.jsonValue().map((junk) => attempt(JSON.stringify(junk))),
        fc.string({ maxLength: 60 }).map((text) => attempt(text, 'application/hal+json')),
      ),
      refusedAttempt: fc.oneof(
        unstorableStrings.chain((bad) => poisoned(body, bad).map((text) => attempt(text))),
        fc.constant(attempt(deepJson(10_000))),
        fc.constantFrom('{', '{"a":', '[1,]').map((text) => attempt(text)),
      ),
    };
  });
}
