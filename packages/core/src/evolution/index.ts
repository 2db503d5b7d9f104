/** Spec evolution: classified changes between two versions of a provider spec. */
export { diffSpecs } from './diff-specs.js';
export { checkCatalogue } from './catalogue.js';
export {
  severityRank,
  type ChangeDirection,
  type ChangeSeverity,
  type SpecChange,
  type SpecDiff,
} from './model.js';
export * from './usage/index.js';
export * from './impact/index.js';
