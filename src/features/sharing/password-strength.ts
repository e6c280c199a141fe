/** PostHog's `SharePasswordCreateSerializer` refuses anything shorter. */
export const SHARE_PASSWORD_MIN_LENGTH = 8
/** PostHog's limit on a password's note. */
export const SHARE_PASSWORD_NOTE_MAX_LENGTH = 100

export type PasswordStrength = 'too-short' | 'weak' | 'fair' | 'strong'

export interface PasswordStrengthHint {
  strength: PasswordStrength
  /** A short sentence that says what to do, not only how good it is. */
  message: string
}

const COMMON = /^(password|passw0rd|12345678|123456789|qwertyui|qwerty123|letmein1|iloveyou|admin123|welcome1)$/i

/**
 * A rough, offline estimate: length matters most, mixing kinds of characters helps, repeats and well-known passwords
 * do not count. It only guides the person typing; the server checks the minimum length itself.
 */
export function passwordStrength(password: string): PasswordStrengthHint {
  if (password.length < SHARE_PASSWORD_MIN_LENGTH) {
    const missing = SHARE_PASSWORD_MIN_LENGTH - password.length
    return {
      strength: 'too-short',
      message: `Too short: ${missing} more character${missing === 1 ? '' : 's'} needed (at least ${SHARE_PASSWORD_MIN_LENGTH}).`,
    }
  }
  if (COMMON.test(password) || new Set(password).size <= 3) {
    return { strength: 'weak', message: 'Weak: this is easy to guess. Use a longer mix of words, numbers and symbols.' }
  }
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((kind) => kind.test(password)).length
  const score = password.length + kinds * 3
  if (password.length >= 14 && kinds >= 3) return { strength: 'strong', message: 'Strong.' }
  if (score >= 18) return { strength: 'fair', message: 'Fair: a few more characters or symbols would make it strong.' }
  return { strength: 'weak', message: 'Weak: make it longer, or mix in capitals, numbers and symbols.' }
}
