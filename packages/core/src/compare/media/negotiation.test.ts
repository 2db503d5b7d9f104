import { describe, expect, it } from 'vitest';
import { brief, comparePact } from '../testing/compare-pact.js';

const yaml = `
openapi: 3.0.0
info: { title: t, version: '1' }
paths:
  /users/1:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json;version=1.0.0:
              schema: { type: object, required: [name], properties: { name: { type: string } } }
            application/json;version=2.0.0:
              schema: { type: object, required: [fullName], properties: { fullName: { type: string } } }
  /repos:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { id: { type: integer } } }
`;

const get = (path: string, accept: string | undefined, body: object, contentType?: string) => ({
  description: `GET ${path} ${accept ?? ''}`,
  request: { method: 'GET', path, ...(accept ? { headers: { Accept: accept } } : {}) },
  response: {
    status: 200,
    ...(contentType ? { headers: { 'Content-Type': contentType } } : {}),
    body,
  },
});

describe('response media type negotiated from Accept', () => {
  it('validates against the version the Accept header asks for when the response has no Content-Type', async () => {
    const v2 = await comparePact(yaml, [
      get('/users/1', 'application/json;version=2.0.0', { fullName: 'A' }),
    ]);
    expect(v2.findings.map(brief)).toEqual([]);
    const wrong = await comparePact(yaml, [get('/users/1', 'application/json;version=2.0.0', { name: 'A' })]);
    expect(wrong.compatible).toBe(false);
    expect(wrong.findings.map(brief)).toEqual([
      'response.body.incompatible error [root].interactions[0].response.body',
    ]);
    expect(wrong.findings[0]?.specDetails?.location).toContain('application/json;version=2.0.0');
  });

  it('weighs q-values and ranges', async () => {
    const accept = 'application/json;version=1.0.0;q=0.2, application/json;version=2.0.0;q=0.9';
    const result = await comparePact(yaml, [get('/users/1', accept, { fullName: 'A' })]);
    expect(result.findings.map(brief)).toEqual([]);
    const refused = await comparePact(yaml, [get('/users/1', 'application/json;version=3.0.0', {})]);
    expect(refused.findings.map(brief)).toContain(
      'request.accept.incompatible error [root].interactions[0].request.headers.accept',
    );
  });

  it('matches a Content-Type including its parameters', async () => {
    const ok = await comparePact(yaml, [
      get('/users/1', undefined, { fullName: 'A' }, 'application/json;version=2.0.0'),
    ]);
    expect(ok.findings.map(brief)).toEqual([]);
    const unknownVersion = await comparePact(yaml, [
      get('/users/1', undefined, { fullName: 'A' }, 'application/json;version=3.0.0'),
    ]);
    expect(unknownVersion.findings.map(brief)).toEqual([
      'response.content-type.incompatible error [root].interactions[0].response.headers.content-type',
    ]);
  });

  it('takes a structured +json type as JSON with a warning that says so', async () => {
    const result = await comparePact(yaml, [
      get('/repos', 'application/vnd.github+json', { id: 'x' }, 'application/vnd.github+json'),
    ]);
    expect(result.findings.map(brief).sort()).toEqual([
      'request.accept.incompatible warning [root].interactions[0].request.headers.accept',
      'response.body.incompatible error [root].interactions[0].response.body.id',
      'response.content-type.incompatible warning [root].interactions[0].response.headers.content-type',
    ]);
    const warning = result.findings.find((f) => f.code === 'response.content-type.incompatible');
    expect(warning?.message).toContain('+json');
    const valid = await comparePact(yaml, [
      get('/repos', 'application/vnd.github+json', { id: 1 }, 'application/vnd.github+json'),
    ]);
    expect(valid.compatible).toBe(true);
  });
});
