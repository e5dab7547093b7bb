import { z } from 'zod';

/** The name under `badges/` of the whole page's badge; component ids may not take it. */
export const PAGE_BADGE = 'status';

export const ComponentId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single dashes, e.g. "public-api"')
  // badges/<id>.svg sits beside badges/status.svg, the whole page's badge.
  .refine((id) => id !== PAGE_BADGE, `"${PAGE_BADGE}" is reserved for the page's own badge; choose another id`);

export const Component = z.strictObject({
  id: ComponentId,
  name: z.string().min(1),
  description: z.string().optional(),
  group: z.string().min(1).optional(),
  /** Availability target in percent, e.g. 99.9. */
  slo: z.number().gt(0).lte(100).optional(),
  /** Upstreams it relies on: `github`, or one of their components, `github/Actions`. Notes only; never its status. */
  depends_on: z.array(z.string().trim().regex(/^[a-z0-9-]+(?:\/.*\S.*)?$/, 'must be an upstream id from content/upstreams.yaml, or id/component such as github/Actions')).optional(),
});
export type Component = z.infer<typeof Component>;

export const ComponentsFile = z.array(Component);
