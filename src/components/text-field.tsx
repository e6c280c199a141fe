import {
  FieldError,
  Input,
  Label,
  Text,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components'

interface TextFieldProps extends Omit<AriaTextFieldProps, 'className'> {
  label: string
  description?: string
  errorMessage?: string
  placeholder?: string
  className?: string
}

export function TextField({ label, description, errorMessage, placeholder, className = '', ...props }: TextFieldProps) {
  return (
    <AriaTextField {...props} isInvalid={props.isInvalid ?? Boolean(errorMessage)} className={`flex flex-col gap-1 ${className}`}>
      <Label className="text-sm font-medium">{label}</Label>
      <Input
        placeholder={placeholder}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm outline-none invalid:border-red-500 focus:border-blue-500 disabled:bg-slate-100 disabled:text-slate-500 dark:border-slate-700 dark:bg-slate-900 dark:disabled:bg-slate-800"
      />
      {description && (
        <Text slot="description" className="text-xs text-slate-600 dark:text-slate-400">
          {description}
        </Text>
      )}
      <FieldError className="text-xs text-red-700 dark:text-red-400">{errorMessage}</FieldError>
    </AriaTextField>
  )
}
