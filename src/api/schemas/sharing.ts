import { z } from 'zod'

/** Display options of a shared insight (PostHog's `SharingConfigurationSettings`; unknown keys are kept). */
export const sharingSettingsSchema = z.looseObject({
  whitelabel: z.boolean().optional(),
  noHeader: z.boolean().optional(),
  showInspector: z.boolean().optional(),
  legend: z.boolean().optional(),
  detailed: z.boolean().optional(),
  hideExtraDetails: z.boolean().optional(),
})
export type SharingSettings = z.infer<typeof sharingSettingsSchema>

/** `SharePasswordSerializer`: the raw password is never listed, only its note and author. */
const sharePasswordSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  created_at: z.string(),
  note: z.string().nullable(),
  created_by_email: z.string(),
  is_active: z.boolean(),
})

/**
 * `SharingConfigurationSerializer`. PostHog builds the configuration lazily: before sharing is first enabled it is
 * unsaved, so `created_at` is null.
 */
export const sharingConfigurationSchema = z.object({
  created_at: z.string().nullable(),
  enabled: z.boolean(),
  access_token: z.string().nullable(),
  settings: sharingSettingsSchema.nullable(),
  password_required: z.boolean(),
  share_passwords: z.array(sharePasswordSchema),
})
export type SharingConfiguration = z.infer<typeof sharingConfigurationSchema>

/** `PATCH …/sharing/` body. */
export const sharingConfigurationUpdateSchema = z.object({
  enabled: z.boolean().optional(),
  settings: sharingSettingsSchema.nullable().optional(),
  password_required: z.boolean().optional(),
})
export type SharingConfigurationUpdate = z.infer<typeof sharingConfigurationUpdateSchema>

const SHARE_PASSWORD_MIN_LENGTH = 8
const SHARE_PASSWORD_NOTE_MAX_LENGTH = 100

/** `POST …/sharing/passwords/` body (`SharePasswordCreateSerializer`): no password means "generate one". */
export const sharePasswordCreateSchema = z.object({
  raw_password: z
    .string()
    .refine((value) => value === '' || value.length >= SHARE_PASSWORD_MIN_LENGTH, {
      message: `Password must be at least ${SHARE_PASSWORD_MIN_LENGTH} characters long.`,
    })
    .optional(),
  note: z
    .string()
    .max(SHARE_PASSWORD_NOTE_MAX_LENGTH, `Ensure this field has no more than ${SHARE_PASSWORD_NOTE_MAX_LENGTH} characters.`)
    .optional(),
})
export type SharePasswordCreate = z.infer<typeof sharePasswordCreateSchema>

/** The answer to creating a password: the only response that ever carries the raw `password`. */
export const createdSharePasswordSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  password: z.string(),
  note: z.string().nullable(),
  created_at: z.string(),
  created_by_email: z.string(),
})
export type CreatedSharePassword = z.infer<typeof createdSharePasswordSchema>
