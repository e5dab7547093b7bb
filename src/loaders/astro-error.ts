import { AstroError } from 'astro/errors';
import { BuildError } from '../lib/build-error.ts';

/** Runs `work`, showing a BuildError as Astro shows its own: the message, then the hint. */
export async function asAstroError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BuildError) throw new AstroError(error.message, error.hint);
    throw error;
  }
}
