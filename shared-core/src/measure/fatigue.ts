import type { Reason, Survey } from '../model/survey';
import { DAY, type Instant } from '../model/time';
import { reason } from './decision';
import type { Policy } from './policy';

/**
 * When a survey counts against the requester's fatigue caps: the time it went out, or for one still waiting the
 * time it is due. Cancelled surveys never reached the requester and do not count.
 * @example fatigueInstant({ state: 'sent', sentAt: t, … }) // t
 */
export function fatigueInstant(survey: Survey, includeScheduled: boolean): Instant | undefined {
  if (survey.state === 'cancelled') return undefined;
  if (survey.sentAt !== undefined) return survey.sentAt;
  return includeScheduled && survey.state === 'scheduled' ? survey.sendAt : undefined;
}

const days = (ms: number): string => {
  const value = Math.floor((ms / DAY) * 10) / 10;
  return value === 1 ? '1 day' : `${value} days`;
};

/**
 * The fatigue reasons that forbid inviting a requester at `at`, or none. `others` are the requester's other
 * surveys; with `includeScheduled` those still waiting count too, so two resolutions cannot both be scheduled
 * past the caps.
 * @example fatigueReasons(policy, othersOfRequester, sendAt, true) // [{ code: 'fatigue-min-days', message: 'requester surveyed 3 days ago, minimum is 7' }]
 */
export function fatigueReasons(
  policy: Pick<Policy, 'minDaysBetweenSurveys' | 'maxSurveysPer30Days'>,
  others: readonly Survey[],
  at: Instant,
  includeScheduled: boolean,
): readonly Reason[] {
  let closest: Instant | undefined;
  // How many could share a 30-day window with `at`: the busiest window is looked for only when they could fill one.
  let near = 0;
  for (const survey of others) {
    const when = fatigueInstant(survey, includeScheduled);
    if (when === undefined) continue;
    if (closest === undefined || Math.abs(at - when) < Math.abs(at - closest)) closest = when;
    if (countsInSomeWindow(when, at)) near++;
  }
  if (closest === undefined) return NO_REASONS;
  const reasons: Reason[] = [];
  const minimum = policy.minDaysBetweenSurveys * DAY;
  if (Math.abs(at - closest) < minimum) {
    const gap = Math.abs(at - closest);
    reasons.push(
      reason(
        'fatigue-min-days',
        closest <= at
          ? `requester surveyed ${days(gap)} ago, minimum is ${policy.minDaysBetweenSurveys}`
          : `requester has a survey due in ${days(gap)}, minimum is ${policy.minDaysBetweenSurveys} days apart`,
      ),
    );
  }
  const busiest = near + 1 > policy.maxSurveysPer30Days ? busiestWindow(others, at, includeScheduled) : 0;
  if (busiest + 1 > policy.maxSurveysPer30Days) {
    reasons.push(
      reason(
        'fatigue-max-per-30-days',
        `requester would get ${busiest + 1} surveys within 30 days, maximum is ${policy.maxSurveysPer30Days}`,
      ),
    );
  }
  return reasons;
}

const NO_REASONS: readonly Reason[] = Object.freeze([]);

const countsInSomeWindow = (when: Instant, at: Instant): boolean => Math.abs(when - at) < 30 * DAY;

/**
 * The most of the other surveys that share any 30-day window with `at`. Checking only the 30 days before `at`
 * would let a survey slot in before ones already scheduled later and break the cap in their window.
 */
function busiestWindow(others: readonly Survey[], at: Instant, includeScheduled: boolean): number {
  const times: Instant[] = [];
  for (const survey of others) {
    const when = fatigueInstant(survey, includeScheduled);
    if (when !== undefined && countsInSomeWindow(when, at)) times.push(when);
  }
  let busiest = 0;
  // Every 30-day window containing `at` starts in (at − 30d, at]. Sliding the start right only changes the count
  // just after a survey drops out, so the starts worth checking are both ends and the moment after each survey.
  const starts = [at - 30 * DAY + 1, at, ...times.filter((t) => t < at).map((t) => t + 1)];
  for (const start of starts) {
    const end = start + 30 * DAY;
    if (at < start || at >= end) continue;
    let count = 0;
    for (const t of times) if (t >= start && t < end) count++;
    if (count > busiest) busiest = count;
  }
  return busiest;
}
