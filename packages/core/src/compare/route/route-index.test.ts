import { describe, expect, it } from 'vitest';
import type { Operation, ProviderSpec } from '../../specs/model.js';
import { RouteIndex } from './route-index.js';

function operation(method: string, path: string, basePaths: string[] = ['']): Operation {
  return {
    method,
    path,
    basePaths,
    parameters: [],
    responses: [],
    security: [],
    location: `[root].paths.${path}.${method}`,
    pointer: '',
  };
}

function spec(operations: Operation[]): ProviderSpec {
  return {
    format: 'openapi-3.0',
    version: '3.0.0',
    info: {},
    operations,
    securitySchemes: {},
    dialect: 'draft-07',
    schemaRoot: {},
    document: {},
  };
}

const paths = (index: RouteIndex, path: string): string[] =>
  index.match(path).map((m) => m.route.operation.path);

describe('RouteIndex', () => {
  it('prefers literal segments over templated ones, left to right', () => {
    const index = new RouteIndex(
      spec([
        operation('get', '/pets/{id}'),
        operation('get', '/pets/mine'),
        operation('get', '/{kind}/mine'),
      ]),
    );
    expect(paths(index, '/pets/mine')).toEqual(['/pets/mine', '/pets/{id}', '/{kind}/mine']);
    expect(index.match('/pets/42')[0]?.values).toEqual({ id: '42' });
  });

  it('matches under each base path and without one', () => {
    const index = new RouteIndex(spec([operation('get', '/animal', ['/api', '/v2'])]));
    expect(paths(index, '/api/animal')).toEqual(['/animal']);
    expect(paths(index, '/v2/animal')).toEqual(['/animal']);
    expect(paths(index, '/animal')).toEqual(['/animal']);
    expect(paths(index, '/v3/animal')).toEqual([]);
  });

  it('ignores one trailing slash and decodes percent-encoding per segment', () => {
    const index = new RouteIndex(spec([operation('get', '/files/{name}'), operation('get', '/a b')]));
    expect(paths(index, '/files/x/')).toEqual(['/files/{name}']);
    expect(index.match('/files/a%2Fb')[0]?.values).toEqual({ name: 'a/b' });
    expect(paths(index, '/a%20b')).toEqual(['/a b']);
    expect(paths(index, '/files/a/b')).toEqual([]);
  });

  it('handles mixed segments and RFC 6570 operators in templates', () => {
    const index = new RouteIndex(
      spec([
        operation('get', '/reports/{id}.json'),
        operation('get', '/label/{.id*}'),
        operation('get', '/matrix/{;id}'),
      ]),
    );
    expect(index.match('/reports/7.json')[0]?.values).toEqual({ id: '7' });
    expect(index.match('/label/.1.2')[0]?.values).toEqual({ id: '.1.2' });
    expect(index.match('/matrix/;id=3')[0]?.values).toEqual({ id: ';id=3' });
  });

  it('treats a trailing * or ** segment as the rest of the path, least specific of all', () => {
    const index = new RouteIndex(
      spec([operation('get', '/wildcards/**'), operation('get', '/wildcards/{id}')]),
    );
    expect(paths(index, '/wildcards/foo')).toEqual(['/wildcards/{id}', '/wildcards/**']);
    expect(paths(index, '/wildcards/foo/bar')).toEqual(['/wildcards/**']);
    expect(paths(index, '/wildcards')).toEqual([]);
  });

  it('matches the root path', () => {
    const index = new RouteIndex(spec([operation('get', '/')]));
    expect(paths(index, '/')).toEqual(['/']);
    expect(paths(index, '')).toEqual(['/']);
  });

  it('marks the leniencies a match took: a differing trailing slash, a declared prefix left out', () => {
    const index = new RouteIndex(spec([operation('get', '/animal', ['/api']), operation('get', '/dir/')]));
    const only = (path: string) => index.match(path)[0];
    expect(only('/api/animal')).toMatchObject({
      trailingSlashDiffers: false,
      route: { prefixOmitted: false },
    });
    expect(only('/animal')).toMatchObject({ trailingSlashDiffers: false, route: { prefixOmitted: true } });
    expect(only('/api/animal/')).toMatchObject({
      trailingSlashDiffers: true,
      route: { prefixOmitted: false },
    });
    expect(only('/dir')).toMatchObject({ trailingSlashDiffers: true });
    expect(only('/dir/')).toMatchObject({ trailingSlashDiffers: false });
    expect(
      new RouteIndex(spec([operation('get', '/x', ['', '/v1'])])).match('/x')[0]?.route.prefixOmitted,
    ).toBe(false);
  });

  it('prefers the route matched without leniency among equally specific ones', () => {
    const index = new RouteIndex(spec([operation('get', '/a'), operation('post', '/a/')]));
    expect(index.match('/a/').map((m) => m.route.operation.method)).toEqual(['post', 'get']);
    expect(index.match('/a').map((m) => m.route.operation.method)).toEqual(['get', 'post']);
  });

  it('folds case and repeated slashes only when told to', () => {
    const operations = [operation('get', '/Pets/{id}/Toys')];
    expect(paths(new RouteIndex(spec(operations)), '/pets/1/toys')).toEqual([]);
    expect(paths(new RouteIndex(spec(operations), { caseInsensitive: true }), '/pets/1/TOYS')).toEqual([
      '/Pets/{id}/Toys',
    ]);
    expect(paths(new RouteIndex(spec(operations)), '/Pets//1/Toys')).toEqual([]);
    expect(
      paths(new RouteIndex(spec(operations), { ignoreDuplicateSlashes: true }), '/Pets//1/Toys'),
    ).toEqual(['/Pets/{id}/Toys']);
  });
});
