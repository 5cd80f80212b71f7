import { message, TICKET_SURVEY } from '@xloop/shared-core';
import { describe, expect, it } from 'vitest';
import { notEnoughAnswers } from './not-enough';

describe('notEnoughAnswers', () => {
  it('says it in the core’s words, with the count', () => {
    expect(notEnoughAnswers(4, 10)).toBe(
      `${message(TICKET_SURVEY, 'en', 'notEnoughAnswers')} (4 of 10 needed)`,
    );
    expect(notEnoughAnswers(0, 2)).toBe('Not enough answers yet (0 of 2 needed)');
  });
});
