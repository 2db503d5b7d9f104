import { LocatedError } from '../shared/located-error.js';

/**
 * A provider spec could not be loaded. `code` is one of:
 * `spec.parse` (not JSON/YAML), `spec.too-large`, `spec.too-deep`, `spec.yaml-aliases` (alias bomb),
 * `spec.unsupported-version`, `spec.invalid` (structure), `spec.ref.unresolved`, `spec.ref.remote`,
 * `spec.ref.file` (relative file missing or unreadable), `spec.file` (input file unreadable).
 */
export class SpecError extends LocatedError {}
