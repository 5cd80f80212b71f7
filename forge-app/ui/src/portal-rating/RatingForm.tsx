import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import { ErrorMessage, HelperMessage } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import TextArea from '@atlaskit/textarea';
import { type FormEvent, useId, useState } from 'react';
import { type Answer, bandOf, type InstrumentView, textOf } from './instrument-view';

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

const scale = xcss({ display: 'flex', flexWrap: 'wrap', gap: 'space.050' });
const scoreChoice = xcss({
  minWidth: '2.5rem',
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border.input',
  borderRadius: 'radius.small',
  backgroundColor: 'color.background.input',
  color: 'color.text',
  textAlign: 'center',
  paddingBlock: 'space.100',
  cursor: 'pointer',
  ':hover': { backgroundColor: 'color.background.input.hovered' },
  ':focus-within': {
    outlineColor: 'color.border.focused',
    outlineStyle: 'solid',
    outlineWidth: 'border.width.focused',
  },
});
const chosen = xcss({
  backgroundColor: 'color.background.selected.bold',
  color: 'color.text.inverse',
  borderColor: 'color.border.selected',
  ':hover': { backgroundColor: 'color.background.selected.bold.hovered' },
});
// Visually hidden, still focusable and announced: the label around it is what a person sees.
const visuallyHidden = { position: 'absolute', opacity: 0, width: 1, height: 1, overflow: 'hidden' } as const;
// A fieldset without its default frame: the legend still names the group for screen readers.
const fieldset = { border: 0, padding: 0, margin: 0, minWidth: 0 } as const;

export interface RatingFormProps {
  readonly instrument: InstrumentView;
  /** The answer given before, to change. */
  readonly initial?: Answer;
  readonly busy?: boolean;
  /** Field errors from the core's validation, by field. */
  readonly errors?: Readonly<Record<string, string>>;
  onSubmit(answer: Answer): void;
}

/**
 * The rating questions: the 0–10 scale, then the factors of that score's band, lost time and a comment. Native
 * radio buttons and checkboxes in labelled fieldsets, so the keyboard and screen readers work as they do anywhere.
 */
export function RatingForm({ instrument, initial, busy, errors = {}, onSubmit }: RatingFormProps) {
  const id = useId();
  const t = (key: string, values?: Record<string, string>) => textOf(instrument, key, values);
  const [score, setScore] = useState<number | undefined>(initial?.score);
  const [factors, setFactors] = useState<readonly string[]>(initial?.factors ?? []);
  const [lostTime, setLostTime] = useState<string | undefined>(initial?.lostTime);
  const [comment, setComment] = useState(initial?.comment ?? '');
  const [missingScore, setMissingScore] = useState(false);
  const band = score === undefined ? undefined : bandOf(score);
  const bandFactors = band ? instrument.factors[band] : [];

  const choose = (value: number) => {
    // Factors belong to a band: moving to another band clears the ones that no longer apply.
    if (band !== bandOf(value)) setFactors([]);
    setScore(value);
    setMissingScore(false);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (score === undefined) {
      setMissingScore(true);
      return;
    }
    onSubmit({
      score,
      factors,
      ...(lostTime ? { lostTime } : {}),
      ...(comment.trim() ? { comment } : {}),
      locale: instrument.locale,
    });
  };
  const scoreError = missingScore ? t('score.question') : errors.score;
  const length = [...comment].length;

  return (
    <form onSubmit={submit} noValidate lang={instrument.locale}>
      <Stack space="space.300">
        <fieldset style={fieldset} aria-describedby={`${id}-scale`}>
          <legend>
            <Heading size="small" as="h3">
              {t('score.question')}
            </Heading>
          </legend>
          <Stack space="space.100">
            <Box xcss={scale} role="presentation">
              {SCORES.map((value) => (
                <Box as="label" key={value} xcss={[scoreChoice, score === value && chosen]}>
                  <input
                    type="radio"
                    name={`${id}-score`}
                    value={value}
                    checked={score === value}
                    onChange={() => choose(value)}
                    style={visuallyHidden}
                  />
                  {value}
                </Box>
              ))}
            </Box>
            <Inline spread="space-between">
              <Text size="small" id={`${id}-scale`}>
                0 = {t('score.low')}, 10 = {t('score.high')}
              </Text>
            </Inline>
            {scoreError ? <ErrorMessage>{scoreError}</ErrorMessage> : null}
          </Stack>
        </fieldset>

        {band ? (
          <fieldset style={fieldset}>
            <legend>
              <Heading size="small" as="h3">
                {t(`factors.question.${band}`)}
              </Heading>
            </legend>
            <Stack space="space.100">
              {bandFactors.map((factor) => (
                <Checkbox
                  key={factor.id}
                  name="factors"
                  value={factor.id}
                  label={factor.label}
                  isChecked={factors.includes(factor.id)}
                  onChange={(event) =>
                    setFactors((current) =>
                      event.target.checked
                        ? [...current, factor.id]
                        : current.filter((chosenId) => chosenId !== factor.id),
                    )
                  }
                />
              ))}
              {errors.factors ? <ErrorMessage>{errors.factors}</ErrorMessage> : null}
            </Stack>
          </fieldset>
        ) : null}

        <fieldset style={fieldset}>
          <legend>
            <Heading size="small" as="h3">
              {t('lostTime.question')}
            </Heading>
          </legend>
          <Stack space="space.100">
            {instrument.lostTimeOptions.map((option) => (
              <label key={option.id}>
                <input
                  type="radio"
                  name={`${id}-lost-time`}
                  value={option.id}
                  checked={lostTime === option.id}
                  onChange={() => setLostTime(option.id)}
                />{' '}
                {option.label}
              </label>
            ))}
            {errors.lostTime ? <ErrorMessage>{errors.lostTime}</ErrorMessage> : null}
          </Stack>
        </fieldset>

        <Stack space="space.050">
          <label htmlFor={`${id}-comment`}>
            <Heading size="small" as="h3">
              {t('comment.label')}
            </Heading>
          </label>
          <TextArea
            id={`${id}-comment`}
            name="comment"
            value={comment}
            maxLength={instrument.commentMaxLength}
            onChange={(event) => setComment(event.currentTarget.value)}
            aria-describedby={`${id}-comment-count`}
          />
          <HelperMessage>
            <span id={`${id}-comment-count`}>
              {length} / {instrument.commentMaxLength}
            </span>
          </HelperMessage>
          {errors.comment ? <ErrorMessage>{errors.comment}</ErrorMessage> : null}
        </Stack>

        <Box>
          <Button type="submit" appearance="primary" isLoading={busy === true}>
            {t('submit')}
          </Button>
        </Box>
      </Stack>
    </form>
  );
}
