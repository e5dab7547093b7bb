import type { Loader } from 'astro/loaders';
import { z } from 'zod';
import { readUpstreams } from '../io/upstreams.ts';
import { UpstreamReading } from '../lib/upstreams/model.ts';
import { sharedContent } from './content-loaders.ts';
import { storeEntries } from './store-entries.ts';

/**
 * One entry, `all`: every configured upstream as this build read it (live, from its last good
 * snapshot, or unknown). Always written, also with no upstreams, so pages never ask an empty
 * collection. Reading an upstream never fails the build.
 */
export function upstreamsLoader(): Loader {
  return {
    name: 'sitrep-upstreams',
    schema: z.object({ readings: z.array(UpstreamReading) }),
    async load(context) {
      const readings = await readUpstreams(await sharedContent('upstreams'), context.logger);
      storeEntries(context, [{ id: 'all', data: { readings } }]);
    },
  } satisfies Loader;
}
