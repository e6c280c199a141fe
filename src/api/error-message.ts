import { ApiError } from './http'

export interface ErrorDescription {
  title: string
  message: string
}

function titleFor(error: ApiError): string {
  if (error.type === 'invalid_response') return 'Unexpected answer from the server'
  if (error.status === 0) return "Can't reach the server"
  if (error.status === 400) return 'The request was refused'
  if (error.status === 401) return 'The API key was not accepted'
  if (error.status === 403) return 'Not allowed'
  if (error.status === 404) return 'Not found'
  if (error.status === 405) return 'This action is not allowed'
  if (error.status === 429) return 'Too many requests'
  if (error.status >= 500) return 'The server had a problem'
  return 'The request failed'
}

/** Turns any thrown value into words a person understands; the server's own detail is kept verbatim as text. */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof ApiError) {
    const field = error.status === 400 && error.attr ? ` (field: ${error.attr})` : ''
    return { title: titleFor(error), message: `${error.detail}${field}` }
  }
  if (error instanceof Error) return { title: 'Something went wrong', message: error.message }
  return { title: 'Something went wrong', message: String(error) }
}
