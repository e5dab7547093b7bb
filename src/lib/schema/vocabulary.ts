import { z } from 'zod';

/** Statuspage's component statuses, best first. */
export const ComponentStatus = z.enum([
  'operational', 'under_maintenance', 'degraded_performance', 'partial_outage', 'major_outage',
]);
export type ComponentStatus = z.infer<typeof ComponentStatus>;

export const Impact = z.enum(['none', 'minor', 'major', 'critical']);
export type Impact = z.infer<typeof Impact>;

export const IncidentKind = z.enum(['incident', 'maintenance', 'notice']);
export type IncidentKind = z.infer<typeof IncidentKind>;

export const IncidentState = z.enum(['investigating', 'identified', 'monitoring', 'resolved']);
export type IncidentState = z.infer<typeof IncidentState>;

export const MaintenanceState = z.enum(['scheduled', 'in_progress', 'verifying', 'completed']);
export type MaintenanceState = z.infer<typeof MaintenanceState>;

export const UpdateStatus = z.union([IncidentState, MaintenanceState]);
export type UpdateStatus = z.infer<typeof UpdateStatus>;

/** The update statuses that fit each kind; a notice speaks the incident vocabulary. */
export const statusesForKind: Record<IncidentKind, readonly UpdateStatus[]> = {
  incident: IncidentState.options,
  notice: IncidentState.options,
  maintenance: MaintenanceState.options,
};

/** Severity order used to pick the worst status; maintenance outranks nothing but operational. */
export const componentStatusRank: Record<ComponentStatus, number> = {
  operational: 0, under_maintenance: 1, degraded_performance: 2, partial_outage: 3, major_outage: 4,
};

export const impactRank: Record<Impact, number> = { none: 0, minor: 1, major: 2, critical: 3 };
