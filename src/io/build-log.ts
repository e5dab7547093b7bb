/** Where the build logs what it did and what went wrong; Astro's logger is one. */
export interface BuildLog {
  info(message: string): void;
  warn(message: string): void;
}
