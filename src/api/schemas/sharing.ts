import { z } from 'zod/mini'
import { tolerantArray } from './tolerant'

/** Display options of a shared insight (PostHog's `SharingConfigurationSettings`; unknown keys are kept). */
const sharingSettingsSchema = z.looseObject({
  whitelabel: z.optional(z.boolean()),
  noHeader: z.optional(z.boolean()),
  showInspector: z.optional(z.boolean()),
  legend: z.optional(z.boolean()),
  detailed: z.optional(z.boolean()),
  hideExtraDetails: z.optional(z.boolean()),
})
export type SharingSettings = z.infer<typeof sharingSettingsSchema>

/** Password ids come as numbers or strings; the app always handles them as strings. */
const sharePasswordIdSchema = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((id: string | number) => String(id)),
)

/** `SharePasswordSerializer`: the raw password is never listed, only its note and author. */
const sharePasswordSchema = z.object({
  id: sharePasswordIdSchema,
  created_at: z.catch(z.nullish(z.string()), null),
  note: z.catch(z.nullish(z.string()), null),
  created_by_email: z.catch(z.nullish(z.string()), null),
})

/**
 * `SharingConfigurationSerializer` (posthog/api/sharing.py), read tolerantly. PostHog builds the configuration lazily:
 * before sharing is first enabled it is unsaved, so `created_at` is null (its `access_token` is already set). A
 * password entry that cannot be read is left out and counted.
 */
export const sharingConfigurationSchema = z.pipe(
  z.object({
    created_at: z.catch(z.nullish(z.string()), null),
    enabled: z.boolean(),
    access_token: z.catch(z.nullish(z.string()), null),
    settings: z.catch(z.nullish(sharingSettingsSchema), null),
    password_required: z.catch(z.boolean(), false),
    share_passwords: z.catch(tolerantArray(sharePasswordSchema), { items: [], unreadable: 0 }),
  }),
  z.transform(({ share_passwords, ...config }) => ({
    ...config,
    share_passwords: share_passwords.items,
    unreadable_passwords: share_passwords.unreadable,
  })),
)
export type SharingConfiguration = z.infer<typeof sharingConfigurationSchema>

/** `PATCH …/sharing/` body. */
export interface SharingConfigurationUpdate {
  enabled?: boolean
  settings?: z.infer<typeof sharingSettingsSchema> | null
  password_required?: boolean
}

const SHARE_PASSWORD_MIN_LENGTH = 8
const SHARE_PASSWORD_NOTE_MAX_LENGTH = 100

/** `POST …/sharing/passwords/` body (`SharePasswordCreateSerializer`): no password means "generate one". */
export const sharePasswordCreateSchema = z.object({
  raw_password: z.optional(
    z.string().check(
      z.refine((value) => value === '' || value.length >= SHARE_PASSWORD_MIN_LENGTH, {
        message: `Password must be at least ${SHARE_PASSWORD_MIN_LENGTH} characters long.`,
      }),
    ),
  ),
  note: z.optional(
    z
      .string()
      .check(
        z.maxLength(
          SHARE_PASSWORD_NOTE_MAX_LENGTH,
          `Ensure this field has no more than ${SHARE_PASSWORD_NOTE_MAX_LENGTH} characters.`,
        ),
      ),
  ),
})
export type SharePasswordCreate = z.infer<typeof sharePasswordCreateSchema>

/** The answer to creating a password: the only response that ever carries the raw `password`. */
export const createdSharePasswordSchema = z.object({
  id: sharePasswordIdSchema,
  password: z.string(),
  note: z.catch(z.nullish(z.string()), null),
  created_at: z.catch(z.nullish(z.string()), null),
  created_by_email: z.catch(z.nullish(z.string()), null),
})
export type CreatedSharePassword = z.infer<typeof createdSharePasswordSchema>
