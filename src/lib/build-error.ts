/**
 * A failure the build stops on, with what the maintainer can do about it. Thrown by the core and
 * the I/O edge, which know nothing of Astro; the Astro loaders show it as an AstroError.
 */
export class BuildError extends Error {
  // A plain field, not a parameter property: scripts run under Node's type stripping, which has none.
  readonly hint?: string;

  constructor(message: string, hint?: string) {
    super(message);
    this.name = 'BuildError';
    this.hint = hint;
  }
}
