import { Label, Radio, RadioGroup as AriaRadioGroup, Text } from 'react-aria-components'

interface RadioOption<T extends string> {
  value: T
  label: string
  description?: string
}

interface RadioGroupProps<T extends string> {
  label: string
  value: T
  options: readonly RadioOption<T>[]
  onChange: (value: T) => void
  isDisabled?: boolean
  orientation?: 'horizontal' | 'vertical'
}

export function RadioGroup<T extends string>({
  label,
  value,
  options,
  onChange,
  isDisabled,
  orientation = 'vertical',
}: RadioGroupProps<T>) {
  return (
    <AriaRadioGroup
      value={value}
      onChange={(next) => {
        const option = options.find((o) => o.value === next)
        if (option) onChange(option.value)
      }}
      isDisabled={isDisabled ?? false}
      orientation={orientation}
      className="flex flex-col gap-2"
    >
      <Label className="text-sm font-medium">{label}</Label>
      <div className={orientation === 'horizontal' ? 'flex flex-wrap gap-4' : 'flex flex-col gap-2'}>
        {options.map((option) => (
          <Radio
            key={option.value}
            value={option.value}
            className="group flex cursor-default items-start gap-2 text-sm disabled:opacity-50"
          >
            <span
              aria-hidden
              className="mt-0.5 size-4 shrink-0 rounded-full border-2 border-slate-400 group-data-selected:border-[5px] group-data-selected:border-blue-600 group-data-focus-visible:ring-2 group-data-focus-visible:ring-blue-500"
            />
            <span>
              <span className="font-medium">{option.label}</span>
              {option.description && (
                <Text slot="description" className="block text-xs text-slate-600 dark:text-slate-400">
                  {option.description}
                </Text>
              )}
            </span>
          </Radio>
        ))}
      </div>
    </AriaRadioGroup>
  )
}
