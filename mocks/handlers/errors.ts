import type { z } from 'zod/mini'

/** Thrown by handler bodies and the wrapper; rendered once, in PostHog's `{type, code, detail, attr}` shape. */
export class MockApiError extends Error {
  readonly status: number
  /** PostHog's exception handler body (posthog/exceptions.py `generate_exception_response`). */
  readonly body: { type: string; code: string; detail: string; attr: string | null }

  constructor(status: number, type: string, code: string, detail: string, attr: string | null = null) {
    super(detail)
    this.name = 'MockApiError'
    this.status = status
    this.body = { type, code, detail, attr }
  }
}

export const notFound = (detail = 'Not found.'): MockApiError => new MockApiError(404, 'invalid_request', 'not_found', detail)

export const validationError = (attr: string | null, detail: string, code = 'invalid'): MockApiError =>
  new MockApiError(400, 'validation_error', code, detail, attr)

export const permissionDenied = (detail: string): MockApiError =>
  new MockApiError(403, 'authentication_error', 'permission_denied', detail)

export const methodNotAllowed = (method: string, detail = `Method "${method}" not allowed.`): MockApiError =>
  new MockApiError(405, 'invalid_request', 'method_not_allowed', detail)

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

const TYPE_MESSAGES: Readonly<Record<string, string>> = {
  string: 'Not a valid string.',
  number: 'A valid number is required.',
  int: 'A valid integer is required.',
  boolean: 'Must be a valid boolean.',
  array: 'Expected a list of items.',
  object: 'Invalid data. Expected a dictionary.',
  record: 'Invalid data. Expected a dictionary.',
}

/**
 * The first zod issue as DRF would word it: `attr` is the field path joined with `__` (drf-exceptions-hog's form),
 * a missing field is "This field is required.", and limits keep the messages the contract schemas carry.
 */
export function fromZodError(error: z.core.$ZodError, data: unknown): MockApiError {
  const issue = error.issues[0]
  if (!issue) return validationError(null, 'Invalid input.')
  const attr = issue.path.length > 0 ? issue.path.map(String).join('__') : null
  const value = valueAt(data, issue.path)
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) {
    return validationError(attr, 'This field is required.', 'required')
  }
  switch (issue.code) {
    case 'invalid_type':
      if (value === null) return validationError(attr, 'This field may not be null.', 'null')
      return validationError(attr, TYPE_MESSAGES[issue.expected] ?? issue.message, 'invalid')
    case 'invalid_value':
      return validationError(attr, `"${String(value)}" is not a valid choice.`, 'invalid_choice')
    case 'too_big':
      return validationError(attr, issue.message, 'max_length')
    case 'too_small':
      return validationError(attr, issue.message, issue.origin === 'array' ? 'empty' : 'min_length')
    case 'invalid_union':
      return validationError(attr, 'Invalid value.', 'invalid')
    default:
      return validationError(attr, issue.message, 'invalid')
  }
}
