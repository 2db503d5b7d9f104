import { describe, expect, it } from 'vitest';
import { templateMatches } from './template-matches.js';

describe('templateMatches', () => {
  it('matches one segment per parameter, under any base path', () => {
    expect(templateMatches([''], '/api/gadgets/{gadgetId}', '/api/gadgets/42')).toBe(true);
    expect(templateMatches(['/api'], '/gadgets/{gadgetId}', '/api/gadgets/g-1?x=1')).toBe(true);
    expect(templateMatches(['/v1', '/api/'], '/gadgets/{id}', '/api/gadgets/7')).toBe(true);
  });

  it('does not match other paths, more segments, or empty parameters', () => {
    expect(templateMatches([''], '/api/gadgets/{gadgetId}', '/api/items/42')).toBe(false);
    expect(templateMatches([''], '/api/gadgets/{gadgetId}', '/api/gadgets/42/parts')).toBe(false);
    expect(templateMatches([''], '/api/gadgets/{gadgetId}', '/api/gadgets/')).toBe(false);
    expect(templateMatches([''], '/files/{name}.json', '/files/a.jsonx')).toBe(false);
    expect(templateMatches([''], '/files/{name}.json', '/files/a.json')).toBe(true);
  });
});
