import {
  compare,
  loadSpec,
  specImpact,
  usage,
  type ComparisonResult,
  type ConsumerContract,
  type Contract,
  type ProviderSpec,
  type SpecImpact,
  type SpecUsage,
} from '@signet/core';
import type { DocumentText } from '../engine.js';
import { describeLoadedSpec, type SpecDescription } from '../specs/spec-description.js';
import { contentSha } from '../documents/document-store.js';
import type { SpecCache } from './spec-cache.js';
import { kindOfFormat } from '../specs/spec-kind.js';
import type { SpecKind } from '../store/records.js';

/** The CPU work the engine does, as plain data: what a worker receives. */
export type EngineTask =
  | { kind: 'checkSpec'; text: string; maxBytes: number }
  | { kind: 'describeSpec'; spec: DocumentText; maxBytes: number }
  /** `others`: the version's other specs (its AsyncAPI beside its OpenAPI one), always sent whole. */
  | { kind: 'compare'; spec: DocumentText; others?: DocumentText[]; contract: Contract }
  /** `spec` is the stored base; `head` the candidate a client sent (loaded with the document limit). */
  | {
      kind: 'specImpact';
      spec: DocumentText;
      head: DocumentText;
      consumers: ConsumerContract[];
      maxBytes: number;
    }
  | { kind: 'usage'; spec: DocumentText; consumers: ConsumerContract[] };

/** What each kind of task answers. */
export interface TaskResults {
  checkSpec: SpecKind;
  describeSpec: SpecDescription;
  compare: ComparisonResult;
  specImpact: SpecImpact;
  usage: SpecUsage;
}

/** A comparison with one spec or a version's set: the first is routed and cached as any task's spec. */
export function compareTask(specs: DocumentText | DocumentText[], contract: Contract): EngineTask {
  const [spec, ...others] = Array.isArray(specs) ? specs : [specs];
  if (spec === undefined) throw new Error('a comparison needs a spec');
  return others.length === 0
    ? { kind: 'compare', spec, contract }
    : { kind: 'compare', spec, others, contract };
}

/** The content sha a task's spec is cached under (known before it runs, for routing it to a worker). */
export function taskSpecSha(task: EngineTask): string | undefined {
  return task.kind === 'checkSpec' ? undefined : task.spec.sha;
}

/** The task with its spec's text left out (the worker holds it), or the task itself when it names no spec. */
export function withoutSpecText(task: EngineTask): EngineTask {
  return task.kind === 'checkSpec' ? task : { ...task, spec: { sha: task.spec.sha, text: '' } };
}

/**
 * Runs one task with `cache` holding the specs already loaded. A checked spec is cached too: the
 * comparisons its publication triggers come next. The same code runs in a worker and in-process.
 */
export async function runTask(task: EngineTask, cache: SpecCache): Promise<TaskResults[EngineTask['kind']]> {
  switch (task.kind) {
    case 'checkSpec':
      return kindOfFormat(
        (await loaded(cache, { sha: contentSha(task.text), text: task.text }, task.maxBytes)).format,
      );
    case 'describeSpec':
      return describeLoadedSpec(await loaded(cache, task.spec, task.maxBytes));
    case 'compare': {
      const specs = [task.spec, ...(task.others ?? [])];
      const all = await Promise.all(specs.map((spec) => loaded(cache, spec, Number.MAX_SAFE_INTEGER)));
      return compare(all.length === 1 ? all[0]! : all, task.contract);
    }
    case 'specImpact':
      return specImpact({
        base: await loaded(cache, task.spec, Number.MAX_SAFE_INTEGER),
        head: await loaded(cache, task.head, task.maxBytes),
        consumers: task.consumers,
      });
    case 'usage':
      return usage(await loaded(cache, task.spec, Number.MAX_SAFE_INTEGER), task.consumers);
  }
}

async function loaded(cache: SpecCache, spec: DocumentText, maxBytes: number): Promise<ProviderSpec> {
  const hit = cache.get(spec.sha);
  if (hit !== undefined) return hit;
  const fresh = await loadSpec(spec.text, { maxBytes });
  cache.set(spec.sha, fresh, Buffer.byteLength(spec.text, 'utf8'));
  return fresh;
}
