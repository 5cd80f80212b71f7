import { token } from '@atlaskit/tokens';
import { type ChangeEvent, useId } from 'react';

const control = {
  font: 'inherit',
  color: token('color.text'),
  backgroundColor: token('color.background.input'),
  borderWidth: token('border.width'),
  borderStyle: 'solid',
  borderColor: token('color.border.input'),
  borderRadius: token('radius.small'),
  paddingBlock: token('space.050'),
  paddingInline: token('space.100'),
  minHeight: '2.25rem',
  maxWidth: '100%',
} as const;

const labelStyle = {
  display: 'flex',
  flexDirection: 'column',
  gap: token('space.050'),
  font: token('font.body.small'),
  color: token('color.text.subtle'),
} as const;

export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
}

/**
 * A labelled native `<select>` in design-token colours: the browser's own keyboard and screen-reader behaviour,
 * in light and dark.
 */
export function NativeSelect({
  label,
  value,
  options,
  onChange,
  disabled,
  hideLabel,
  fullWidth,
}: {
  readonly label: string;
  readonly value: string;
  readonly options: readonly ChoiceOption[];
  onChange(value: string): void;
  readonly disabled?: boolean;
  /** The label is still the select's accessible name, but not shown (for compact cards). */
  readonly hideLabel?: boolean;
  /** As wide as its container (in a card), not as wide as its longest option. */
  readonly fullWidth?: boolean;
}) {
  const id = useId();
  return (
    <div style={labelStyle}>
      <label
        htmlFor={id}
        style={
          hideLabel
            ? { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }
            : undefined
        }
      >
        {label}
      </label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        style={fullWidth ? { ...control, width: '100%' } : control}
        onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.currentTarget.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
