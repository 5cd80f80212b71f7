import { ENGLISH_MESSAGES } from '@xloop/shared-core';

/**
 * Why a score shows no number, in the core's words ("not enough answers yet") with how many there are of how many
 * are needed.
 * @example notEnoughAnswers(4, 10) // 'Not enough answers yet (4 of 10 needed)'
 */
export function notEnoughAnswers(n: number, minimum: number): string {
  return `${ENGLISH_MESSAGES.notEnoughAnswers} (${n} of ${minimum} needed)`;
}
