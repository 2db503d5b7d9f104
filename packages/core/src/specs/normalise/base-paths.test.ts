import { describe, expect, it } from 'vitest';
import { serverBasePaths, swaggerBasePaths } from './base-paths.js';

describe('serverBasePaths', () => {
  it('takes the path part of absolute and relative URLs, without trailing slashes', () => {
    expect(serverBasePaths([{ url: 'https://api.example.com:8443/v1/?x=1' }, { url: '/internal/' }])).toEqual(
      ['/v1', '/internal'],
    );
    expect(serverBasePaths([{ url: 'https://api.example.com' }, { url: '/' }])).toEqual(['']);
    expect(serverBasePaths([{ url: 'v2' }])).toEqual(['/v2']);
  });

  it('substitutes variables with their defaults (or first enum value)', () => {
    const servers = [
      {
        url: '{scheme}://{host}/{base}/{version}',
        variables: {
          scheme: { default: 'https' },
          host: { default: 'x.io' },
          base: { default: 'api' },
          version: { enum: ['v3'] },
        },
      },
    ];
    expect(serverBasePaths(servers)).toEqual(['/api/v3']);
  });

  it("gives [''] when there are no usable servers", () => {
    expect(serverBasePaths(undefined)).toEqual(['']);
    expect(serverBasePaths([])).toEqual(['']);
    expect(serverBasePaths([{ description: 'no url' }])).toEqual(['']);
  });
});

describe('swaggerBasePaths', () => {
  it('normalises basePath', () => {
    expect(swaggerBasePaths('/api/v1/')).toEqual(['/api/v1']);
    expect(swaggerBasePaths('/')).toEqual(['']);
    expect(swaggerBasePaths(undefined)).toEqual(['']);
  });
});
