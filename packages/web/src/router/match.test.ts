import { describe, expect, it } from 'vitest';
import { matchPath } from './match.js';

describe('matchPath', () => {
  it('matches fixed and parameter segments, decoding parameters', () => {
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/', '/services')).toBeUndefined();
    expect(matchPath('/services/:name', '/services/cart%20v2')).toEqual({ name: 'cart v2' });
    expect(matchPath('/services/:name', '/services/cart/')).toEqual({ name: 'cart' });
    expect(matchPath('/services/:name', '/services/')).toBeUndefined();
    expect(matchPath('/integrations/:consumer/:provider', '/integrations/a/b')).toEqual({
      consumer: 'a',
      provider: 'b',
    });
  });
});
