/** A queue no job is ever added to; asking it for counts proves the queue backend answers. */
export const HEALTH_PROBE_QUEUE = 'health-probe';
