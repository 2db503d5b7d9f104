import { describe, expect, it } from 'vitest';
import { brief, comparePact } from '../testing/compare-pact.js';

const yaml = `
openapi: 3.0.0
info: { title: t, version: '1' }
paths:
  /pet:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                anyOf:
                  - { $ref: '#/components/schemas/Cat' }
                  - { type: string }
    post:
      requestBody:
        content:
          application/json:
            schema:
              oneOf:
                - { type: object, required: [name], properties: { name: { type: string } } }
                - { type: array }
      responses: { '201': { description: created } }
  /either:
    post:
      requestBody:
        content:
          application/json:
            schema:
              oneOf:
                - { type: object, properties: { a: { type: integer } } }
                - { type: object, properties: { b: { type: integer } } }
                - { type: string }
      responses: { '201': { description: created } }
components:
  schemas:
    Cat: { type: object, required: [name], properties: { name: { type: string }, lives: { type: integer } } }
`;

describe('anyOf / oneOf failures', () => {
  it('name the failing field of the closest branch, beside the composite error', async () => {
    const result = await comparePact(yaml, [
      {
        description: 'get',
        request: { method: 'GET', path: '/pet' },
        response: {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
          body: { name: 5, lives: 9 },
        },
      },
      {
        description: 'post',
        request: {
          method: 'POST',
          path: '/pet',
          headers: { 'Content-Type': 'application/json' },
          body: { name: true },
        },
        response: { status: 201 },
      },
    ]);
    expect(result.findings.map(brief)).toEqual([
      'response.body.incompatible error [root].interactions[0].response.body.name',
      'response.body.incompatible error [root].interactions[0].response.body',
      'request.body.incompatible error [root].interactions[1].request.body.name',
      'request.body.incompatible error [root].interactions[1].request.body',
    ]);
    const named = result.findings.find((f) => f.mockDetails.location.endsWith('response.body.name'));
    expect(named?.message).toContain('must be string');
  });

  it('name no branch when a oneOf fails because two branches match', async () => {
    const result = await comparePact(yaml, [
      {
        description: 'post',
        request: {
          method: 'POST',
          path: '/either',
          headers: { 'Content-Type': 'application/json' },
          body: { a: 1 },
        },
        response: { status: 201 },
      },
    ]);
    expect(result.findings.map(brief)).toEqual([
      'request.body.incompatible error [root].interactions[0].request.body',
    ]);
    expect(result.findings[0]?.message).toContain('exactly one');
  });
});
