import type { CountedResponse, Segment } from '../src/index';
import { random } from '../src/random';

const values = (prefix: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`);

/** The organisation's dimension values: 20 services, 4 channels, 15 teams, … 100 agents. */
export const ORGANISATION = {
  service: values('Service', 20),
  channel: ['portal', 'email', 'phone', 'chat'],
  team: values('Team', 15),
  category: values('Category', 10),
  priority: ['P1', 'P2', 'P3', 'P4'],
  location: values('Site', 8),
  customer: values('Customer', 5),
  kind: ['incident', 'request'],
  agent: values('Agent', 100),
} as const;

const FACTORS = {
  positive: ['quick', 'skilled', 'kept-informed', 'friendly'],
  neutral: ['could-be-faster', 'more-updates', 'unclear-instructions'],
  negative: ['slow', 'explain-several-times', 'not-solved', 'not-informed'],
};
const LOST = [0, 8, 38, 150, 360, 600];

export interface SyntheticResponse extends CountedResponse {
  readonly day: string;
  readonly segment: Segment;
}

/**
 * `count` responses over the 365 days from 2025-12-01, each in a full nine-dimension segment. Quality differs by
 * service and team, so scores and lost time vary by segment as they would in a real desk.
 */
export function* syntheticResponses(count: number, seed = 42): Generator<SyntheticResponse> {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const start = Date.UTC(2025, 11, 1);
  for (let i = 0; i < count; i++) {
    const service = Math.floor(next() * ORGANISATION.service.length);
    const team = Math.floor(next() * ORGANISATION.team.length);
    const quality = 0.55 + (0.4 * ((service * 7 + team * 3) % 10)) / 10;
    const u = next();
    const score = Math.min(
      10,
      Math.max(0, Math.round(10 * quality + (u - 0.5) * 8)),
    ) as CountedResponse['score'];
    const band = score >= 9 ? 'positive' : score >= 7 ? 'neutral' : 'negative';
    const factors = next() < 0.7 ? [pick(FACTORS[band])] : [];
    const lostTimeMinutes =
      next() < 0.8 ? LOST[Math.min(5, Math.floor((1 - quality) * 6 + next() * 3))] : undefined;
    yield {
      day: new Date(start + Math.floor(next() * 365) * 86_400_000).toISOString().slice(0, 10),
      score,
      factors,
      ...(lostTimeMinutes !== undefined ? { lostTimeMinutes } : {}),
      segment: {
        service: ORGANISATION.service[service],
        channel: pick(ORGANISATION.channel),
        team: ORGANISATION.team[team],
        category: pick(ORGANISATION.category),
        priority: pick(ORGANISATION.priority),
        location: pick(ORGANISATION.location),
        customer: pick(ORGANISATION.customer),
        kind: pick(ORGANISATION.kind),
        agent: pick(ORGANISATION.agent),
      },
    };
  }
}
