// What every command-line script shares.

/** Prints `message` and exits non-zero. */
export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
