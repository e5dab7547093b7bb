/**
 * A failure the build stops on, with what the maintainer can do about it. Thrown by the core and
 * the I/O edge, which know nothing of Astro; the Astro loaders show it as an AstroError.
 */
export class BuildError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = 'BuildError';
  }
}
