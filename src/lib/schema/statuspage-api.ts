import { z } from 'zod';
import { ComponentStatus, IncidentState, MaintenanceState } from './vocabulary.ts';

/*
 * The public Statuspage v2 API shapes (as Atlassian documents them and as real pages publish
 * them), as strict objects: strict clients reject unknown keys, so our output must carry exactly
 * these. The mapping in `../statuspage-api.ts` produces these types; the API endpoint parses its
 * output against them.
 */

/** An ISO 8601 date-time with an offset, as every consumer parses `*_at` fields. */
const Timestamp = z.iso.datetime({ offset: true });

export const StatuspagePage = z.strictObject({
  id: z.string(),
  name: z.string(),
  url: z.url().refine((u) => !u.endsWith('/'), 'has no trailing slash'),
  time_zone: z.string(),
  updated_at: Timestamp,
});

export const StatuspageIndicator = z.enum(['none', 'minor', 'major', 'critical', 'maintenance']);

export const StatuspageStatus = z.strictObject({
  indicator: StatuspageIndicator,
  description: z.string(),
});

const componentFields = {
  id: z.string(),
  name: z.string(),
  status: ComponentStatus,
  created_at: Timestamp,
  updated_at: Timestamp,
  position: z.number().int(),
  description: z.string().nullable(),
  showcase: z.boolean(),
  start_date: z.iso.date().nullable(),
  group_id: z.string().nullable(),
  page_id: z.string(),
  only_show_if_degraded: z.boolean(),
};

/** A component, or a group (`group: true`) that lists its children's ids in `components`. */
export const StatuspageComponent = z.union([
  z.strictObject({ ...componentFields, group: z.literal(false) }),
  z.strictObject({ ...componentFields, group: z.literal(true), components: z.array(z.string()) }),
]);

export const StatuspageAffectedComponent = z.strictObject({
  code: z.string(),
  name: z.string(),
  old_status: ComponentStatus,
  new_status: ComponentStatus,
});

export const StatuspageIncidentUpdate = z.strictObject({
  id: z.string(),
  status: z.union([IncidentState, MaintenanceState]),
  body: z.string(),
  incident_id: z.string(),
  created_at: Timestamp,
  updated_at: Timestamp,
  display_at: Timestamp,
  affected_components: z.array(StatuspageAffectedComponent).nullable(),
  deliver_notifications: z.boolean(),
  custom_tweet: z.string().nullable(),
  tweet_id: z.string().nullable(),
});

const incidentFields = {
  id: z.string(),
  name: z.string(),
  created_at: Timestamp,
  updated_at: Timestamp,
  monitoring_at: Timestamp.nullable(),
  resolved_at: Timestamp.nullable(),
  shortlink: z.url(),
  started_at: Timestamp,
  page_id: z.string(),
  incident_updates: z.array(StatuspageIncidentUpdate),
  components: z.array(StatuspageComponent),
};

export const StatuspageIncident = z.strictObject({
  ...incidentFields,
  status: z.enum(['investigating', 'identified', 'monitoring', 'resolved', 'postmortem']),
  impact: z.enum(['none', 'minor', 'major', 'critical']),
});

export const StatuspageMaintenance = z.strictObject({
  ...incidentFields,
  status: MaintenanceState,
  impact: z.enum(['none', 'minor', 'major', 'critical', 'maintenance']),
  scheduled_for: Timestamp,
  scheduled_until: Timestamp,
});

export const StatuspageSummary = z.strictObject({
  page: StatuspagePage,
  components: z.array(StatuspageComponent),
  incidents: z.array(StatuspageIncident),
  scheduled_maintenances: z.array(StatuspageMaintenance),
  status: StatuspageStatus,
});
export const StatuspageStatusResponse = z.strictObject({ page: StatuspagePage, status: StatuspageStatus });
export const StatuspageComponentsResponse = z.strictObject({ page: StatuspagePage, components: z.array(StatuspageComponent) });
export const StatuspageIncidentsResponse = z.strictObject({ page: StatuspagePage, incidents: z.array(StatuspageIncident) });
export const StatuspageMaintenancesResponse = z.strictObject({
  page: StatuspagePage,
  scheduled_maintenances: z.array(StatuspageMaintenance),
});

/** Each file under `api/v2/` and the shape it must have. */
export const statuspageEndpoints = {
  'summary.json': StatuspageSummary,
  'status.json': StatuspageStatusResponse,
  'components.json': StatuspageComponentsResponse,
  'incidents.json': StatuspageIncidentsResponse,
  'incidents/unresolved.json': StatuspageIncidentsResponse,
  'scheduled-maintenances.json': StatuspageMaintenancesResponse,
  'scheduled-maintenances/upcoming.json': StatuspageMaintenancesResponse,
  'scheduled-maintenances/active.json': StatuspageMaintenancesResponse,
} as const;
export type StatuspageEndpoint = keyof typeof statuspageEndpoints;
/** What every file under `api/v2/` holds. */
export type StatuspageApi = { [K in StatuspageEndpoint]: z.infer<(typeof statuspageEndpoints)[K]> };

export type StatuspagePage = z.infer<typeof StatuspagePage>;
export type StatuspageComponent = z.infer<typeof StatuspageComponent>;
export type StatuspageIncidentUpdate = z.infer<typeof StatuspageIncidentUpdate>;
export type StatuspageIncident = z.infer<typeof StatuspageIncident>;
export type StatuspageMaintenance = z.infer<typeof StatuspageMaintenance>;
export type StatuspageSummary = z.infer<typeof StatuspageSummary>;
export type StatuspageStatusResponse = z.infer<typeof StatuspageStatusResponse>;
export type StatuspageComponentsResponse = z.infer<typeof StatuspageComponentsResponse>;
export type StatuspageIncidentsResponse = z.infer<typeof StatuspageIncidentsResponse>;
export type StatuspageMaintenancesResponse = z.infer<typeof StatuspageMaintenancesResponse>;
