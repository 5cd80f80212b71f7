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
] as const;

export type Dimension = (typeof DIMENSIONS)[number];

/** A set of dimension values; the empty segment is the whole organisation. */
export type Segment = Readonly<Partial<Record<Dimension, string>>>;
