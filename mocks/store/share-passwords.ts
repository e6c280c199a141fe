import { hashString } from './prng'

/*
 * Share passwords are stored as a salted hash, as PostHog stores them; the raw value only exists in the one
 * response that creates it. The hash only has to keep raw passwords out of localStorage, not resist attack.
 */
export function hashSharePassword(raw: string): string {
  return `fnv1a$${hashString(`insight-desk:${raw}`).toString(16)}$${hashString(`${raw}:salt`).toString(16)}`
}

export function checkSharePassword(raw: string, hash: string): boolean {
  return hashSharePassword(raw) === hash
}
