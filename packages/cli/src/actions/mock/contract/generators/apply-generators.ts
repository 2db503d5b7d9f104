import type { Generators, HttpResponse } from '@signet/core';
import { generateOne, type GeneratorContext } from './generate-one.js';
import { setAtPath } from './set-at-path.js';

/** A response with its generators applied, and why any generator kept the contract's example. */
export interface GeneratedResponse {
  response: HttpResponse;
  kept: string[];
}

/**
 * Applies an interaction response's generators (status, headers, JSON body paths) to a copy of it; the contract
 * itself is never changed, so every request gets fresh values.
 */
export function applyGenerators(response: HttpResponse, context: GeneratorContext): GeneratedResponse {
  const generators: Generators = response.generators;
  const kept: string[] = [];
  const pick = (where: string, generator: Parameters<typeof generateOne>[0], example: unknown) => {
    const result = generateOne(generator, example, context);
    if ('kept' in result) kept.push(`${where}: ${result.kept}`);
    return result;
  };
  let status = response.status;
  const statusGenerator = generators['status']?.[''];
  if (statusGenerator) {
    const result = pick('status', statusGenerator, status);
    if ('value' in result && Number.isInteger(result.value)) status = result.value as number;
  }
  const headers = { ...response.headers };
  for (const [name, generator] of Object.entries(generators['header'] ?? {})) {
    const key = Object.keys(headers).find((h) => h.toLowerCase() === name.toLowerCase()) ?? name;
    const result = pick(`header ${name}`, generator, headers[key]?.[0]);
    if ('value' in result) headers[key] = [String(result.value)];
  }
  let body = response.body;
  const bodyGenerators = Object.entries(generators['body'] ?? {});
  if (body.kind === 'json' && bodyGenerators.length > 0) {
    let value = structuredClone(body.value);
    for (const [path, generator] of bodyGenerators) {
      const set = setAtPath(value, path, (example) => {
        const result = pick(`body ${path}`, generator, example);
        return 'value' in result ? { value: result.value } : undefined;
      });
      if (set === undefined) kept.push(`body ${path}: not a path of the body`);
      else value = set;
    }
    body = { ...body, value };
  }
  return { response: { ...response, status, headers, body }, kept };
}
