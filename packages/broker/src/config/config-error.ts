/** The command line or environment is unusable; the message says how. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
