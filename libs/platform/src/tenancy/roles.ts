/** Staff of a jobcentre. */
export const STAFF_ROLES = ['consultant', 'network-coordinator', 'lead', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/**
 * Everyone who can call the API: staff, employer users (of one or more companies, by CVR) and system integrations
 * (API keys). Each belongs to one jobcentre.
 */
export const ROLES = [...STAFF_ROLES, 'employer', 'integration'] as const;
export type Role = (typeof ROLES)[number];

export const isStaffRole = (role: Role): role is StaffRole => (STAFF_ROLES as readonly string[]).includes(role);
