/**
 * The build's "now", read once at the edge. `SITREP_NOW` (ISO 8601) pins it, for reproducible
 * builds and for tests of time-dependent pages.
 */
function readBuildTime(): Date {
  const pinned = process.env.SITREP_NOW;
  if (!pinned) return new Date();
  const date = new Date(pinned);
  if (Number.isNaN(date.getTime())) throw new Error(`SITREP_NOW="${pinned}" is not an ISO 8601 date-time`);
  return date;
}

export const buildTime = readBuildTime();
