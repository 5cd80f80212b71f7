/** Identify: opportunities and comment themes. */
export {
  anonymise,
  type CommentSample,
  type CommentThemeOptions,
  commentThemes,
  type Theme,
} from './comment-themes';
export {
  conservativeImpact,
  describeSegment,
  type Opportunity,
  type OpportunityOptions,
  opportunities,
  opportunityReadRange,
  type Reference,
  type ResolvedReference,
  resolveReference,
  type Trend,
} from './opportunities';
