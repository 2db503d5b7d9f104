/** Usage: which consumer interactions rely on each part of a spec. */
export { usage, type SpecUsage, type OperationUsage, type MediaUsage, type Used } from './spec-usage.js';
export type { ConsumerContract, InteractionRef } from './model.js';
