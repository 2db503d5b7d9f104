import { readFileSync } from 'node:fs';

/** Test helper: core's product search fixture (Fowler's example) as documents the broker is sent. */
const dir = new URL('../../../core/test-fixtures/product-search/', import.meta.url);
const read = (file: string) =>
  JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Record<string, unknown>;

interface Product {
  properties: Record<string, unknown>;
  required: string[];
}

/** The product search spec, with `field` removed from the product when given. */
export function productSpec(without?: string): Record<string, unknown> {
  const spec = read('openapi.json');
  const product = (spec.components as { schemas: { Product: Product } }).schemas.Product;
  if (without !== undefined) {
    delete product.properties[without];
    product.required = product.required.filter((name) => name !== without);
  }
  return spec;
}

/** A consumer's pact from the fixture, renamed, optionally reading `extra` fields too. */
export function productPact(
  file: 'shopping-cart' | 'catalogue',
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const pact = read(`${file}.pact.json`) as {
    interactions: Array<{ response: { body: { items: object[] } } }>;
  };
  const items = pact.interactions[0]!.response.body.items as Array<Record<string, unknown>>;
  Object.assign(items[0]!, extra);
  return pact;
}
