/** A Pact v3 shop → pets contract: matching rules on path, query, header and body; two states of one request. */
export const mockPetsPact = {
  consumer: { name: 'shop' },
  provider: { name: 'pets' },
  metadata: { pactSpecification: { version: '3.0.0' } },
  interactions: [
    {
      description: 'get an existing pet',
      providerStates: [{ name: 'a pet exists' }],
      request: {
        method: 'GET',
        path: '/pets/1',
        matchingRules: { path: { matchers: [{ match: 'regex', regex: '^/pets/\\d+$' }] } },
      },
      response: {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
        body: { id: 1, name: 'Tom' },
      },
    },
    {
      description: 'get a missing pet',
      providerStates: [{ name: 'no pets' }],
      request: {
        method: 'GET',
        path: '/pets/1',
        matchingRules: { path: { matchers: [{ match: 'regex', regex: '^/pets/\\d+$' }] } },
      },
      response: { status: 404 },
    },
    {
      description: 'add a pet',
      request: {
        method: 'POST',
        path: '/pets',
        query: { dryRun: ['true'] },
        headers: { 'Content-Type': 'application/json', 'X-Api-Key': 'secret' },
        body: { name: 'Kit', age: 2 },
        matchingRules: {
          query: { dryRun: { matchers: [{ match: 'regex', regex: 'true|false' }] } },
          header: { 'X-Api-Key': { matchers: [{ match: 'type' }] } },
          body: {
            '$.name': { matchers: [{ match: 'type' }] },
            '$.age': { matchers: [{ match: 'integer' }] },
          },
        },
      },
      response: { status: 201, headers: { 'Content-Type': 'application/json' }, body: { id: 9 } },
    },
    {
      description: 'list pets',
      request: { method: 'GET', path: '/pets' },
      response: { status: 200, headers: { 'Content-Type': 'text/plain' }, body: 'Tom, Rex' },
    },
  ],
};
