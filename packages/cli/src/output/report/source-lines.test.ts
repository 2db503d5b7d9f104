import { describe, expect, it } from 'vitest';
import { SourceLines } from './source-lines.js';

const yaml = `openapi: 3.0.3
paths:
  /pets/{petId}:
    get:
      responses:
        '200':
          content:
            application/vnd.api+json:
              schema:
                $ref: '#/components/schemas/Pet'
components:
  schemas:
    Pet:
      type: object
      properties:
        id:
          type: integer
`;

describe('SourceLines', () => {
  it('finds keys holding slashes and dots', () => {
    const lines = new SourceLines(yaml);
    expect(lines.lineOf('[root].paths./pets/{petId}.get')).toBe(4);
    expect(
      lines.lineOf('[root].paths./pets/{petId}.get.responses.200.content.application/vnd.api+json.schema'),
    ).toBe(9);
  });

  it('follows a local $ref into what it names', () => {
    const lines = new SourceLines(yaml);
    const at =
      '[root].paths./pets/{petId}.get.responses.200.content.application/vnd.api+json.schema.properties.id.type';
    expect(lines.lineOf(at)).toBe(17);
  });

  it('answers the deepest part found when the location goes further than the text', () => {
    expect(new SourceLines(yaml).lineOf('[root].paths./pets/{petId}.post.responses')).toBe(3);
  });

  it('finds array items in JSON, in both index forms, and a Pact v4 body content', () => {
    const json = JSON.stringify(
      { interactions: [{ a: 1 }, { response: { body: { content: { id: 'one' } } } }] },
      null,
      2,
    );
    const lines = new SourceLines(json);
    expect(lines.lineOf('[root].interactions[1]')).toBe(6);
    expect(lines.lineOf('[root].interactions.1.response')).toBe(7);
    expect(lines.lineOf('[root].interactions[1].response.body.id')).toBe(10);
  });

  it('answers undefined for text it cannot parse and locations not from [root]', () => {
    expect(new SourceLines('{ "a": ').lineOf('[root].a')).toBeUndefined();
    expect(new SourceLines(yaml).lineOf('paths')).toBeUndefined();
  });
});
