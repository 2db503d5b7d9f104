import type { ChangeSeverity } from './model.js';

/** A kind of schema change, and the check it becomes on each side: `[id suffix, severity]`. */
export interface KeywordRule {
  request: readonly [string, ChangeSeverity];
  response: readonly [string, ChangeSeverity];
}

// Narrowing what is accepted breaks clients that send; widening what is returned may break clients that read.
const narrowing = (suffix: string): KeywordRule => ({
  request: [suffix, 'breaking'],
  response: [suffix, 'safe'],
});
const widening = (suffix: string): KeywordRule => ({
  request: [suffix, 'safe'],
  response: [suffix, 'potentially-breaking'],
});

/** Keyword changes checked on every schema, wherever it sits (bodies, parameters, headers). */
export const KEYWORD_RULES = {
  'type-changed': { request: ['type-changed', 'breaking'], response: ['type-changed', 'breaking'] },
  'type-widened': { request: ['type-generalized', 'safe'], response: ['type-changed', 'breaking'] },
  'type-narrowed': { request: ['type-changed', 'breaking'], response: ['type-specialized', 'safe'] },
  'format-changed': { request: ['format-changed', 'breaking'], response: ['format-changed', 'breaking'] },
  'format-removed': widening('format-removed'),
  'format-added': narrowing('format-added'),
  'enum-value-added': widening('enum-value-added'),
  'enum-value-removed': narrowing('enum-value-removed'),
  'enum-added': narrowing('enum-added'),
  'enum-removed': widening('enum-removed'),
  'max-decreased': narrowing('max-decreased'),
  'max-increased': widening('max-increased'),
  'max-set': narrowing('max-set'),
  'min-increased': narrowing('min-increased'),
  'min-decreased': widening('min-decreased'),
  'min-set': narrowing('min-set'),
  'max-length-decreased': narrowing('max-length-decreased'),
  'max-length-increased': widening('max-length-increased'),
  'max-length-set': narrowing('max-length-set'),
  'min-length-increased': narrowing('min-length-increased'),
  'min-length-decreased': widening('min-length-decreased'),
  'min-length-set': narrowing('min-length-set'),
  'max-items-decreased': narrowing('max-items-decreased'),
  'max-items-increased': widening('max-items-increased'),
  'max-items-set': narrowing('max-items-set'),
  'min-items-increased': narrowing('min-items-increased'),
  'min-items-decreased': widening('min-items-decreased'),
  'min-items-set': narrowing('min-items-set'),
  'multiple-of-changed': {
    request: ['multiple-of-changed', 'breaking'],
    response: ['multiple-of-changed', 'potentially-breaking'],
  },
  'pattern-added': {
    request: ['pattern-added', 'potentially-breaking'],
    response: ['pattern-added', 'safe'],
  },
  'pattern-changed': {
    request: ['pattern-changed', 'potentially-breaking'],
    response: ['pattern-changed', 'potentially-breaking'],
  },
  'pattern-removed': widening('pattern-removed'),
  'became-nullable': { request: ['became-nullable', 'safe'], response: ['became-nullable', 'breaking'] },
  'became-not-nullable': narrowing('became-not-nullable'),
  'default-value-changed': {
    request: ['default-value-changed', 'potentially-breaking'],
    response: ['default-value-changed', 'safe'],
  },
} satisfies Record<string, KeywordRule>;

/** Composition and object-shape changes, checked on body schemas. */
export const SHAPE_RULES = {
  'one-of-added': widening('one-of-added'),
  'one-of-removed': narrowing('one-of-removed'),
  'any-of-added': widening('any-of-added'),
  'any-of-removed': narrowing('any-of-removed'),
  'all-of-added': narrowing('all-of-added'),
  'all-of-removed': widening('all-of-removed'),
  'additional-properties-restricted': narrowing('additional-properties-restricted'),
  'additional-properties-allowed': widening('additional-properties-allowed'),
  'discriminator-property-name-changed': {
    request: ['discriminator-property-name-changed', 'breaking'],
    response: ['discriminator-property-name-changed', 'breaking'],
  },
  'discriminator-added': {
    request: ['discriminator-added', 'potentially-breaking'],
    response: ['discriminator-added', 'safe'],
  },
  'discriminator-removed': {
    request: ['discriminator-removed', 'safe'],
    response: ['discriminator-removed', 'potentially-breaking'],
  },
  'discriminator-mapping-added': widening('discriminator-mapping-added'),
  'discriminator-mapping-deleted': narrowing('discriminator-mapping-deleted'),
} satisfies Record<string, KeywordRule>;

/** Property-level changes of body schemas: each direction has its own id, as oasdiff names them. */
export const PROPERTY_RULES = {
  request: {
    'required-added': ['new-required-request-property', 'breaking'],
    'optional-added': ['new-optional-request-property', 'safe'],
    removed: ['request-property-removed', 'potentially-breaking'],
    'became-required': ['request-property-became-required', 'breaking'],
    'became-optional': ['request-property-became-optional', 'safe'],
    'became-read-only': ['request-property-became-read-only', 'potentially-breaking'],
    'became-not-read-only': ['request-property-became-not-read-only', 'safe'],
  },
  response: {
    'required-added': ['response-required-property-added', 'safe'],
    'optional-added': ['response-optional-property-added', 'safe'],
    'required-removed': ['response-required-property-removed', 'breaking'],
    'optional-removed': ['response-optional-property-removed', 'potentially-breaking'],
    'became-required': ['response-property-became-required', 'safe'],
    'became-optional': ['response-property-became-optional', 'breaking'],
    'became-write-only': ['response-property-became-write-only', 'breaking'],
    'became-not-write-only': ['response-property-became-not-write-only', 'safe'],
  },
} as const satisfies Record<'request' | 'response', Record<string, readonly [string, ChangeSeverity]>>;

export type KeywordChange = keyof typeof KEYWORD_RULES;
export type ShapeChange = keyof typeof SHAPE_RULES;
