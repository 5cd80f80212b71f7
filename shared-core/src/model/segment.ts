/** The dimensions a ticket (and so a response) can be segmented by. */
export const DIMENSIONS = [
  'service',
  'channel',
  'team',
  'category',
  'priority',
  'location',
  'customer',
  'kind',
  'agent',
  // Last, so that adding it changed no stored key: on Jira the service project, the scope agents see (`Scope`).
  'project',
] as const;

export type Dimension = (typeof DIMENSIONS)[number];

/** A set of dimension values; the empty segment is the whole organisation. */
export type Segment = Readonly<Partial<Record<Dimension, string>>>;
