/*
 * The field inventory: for each PostHog serializer the mock imitates, the exact fields PostHog's class sends, with the
 * source file and class it was read from. It is written from PostHog's source, never from our client's schemas, and it
 * is the one place both sides are checked against (`mocks/posthog/*.contract.test.ts`): every mock answer has exactly
 * these keys, and every answer parses with the client's schemas.
 *
 * One module per resource (`mocks/posthog/<resource>-serializers.ts`) declares its serializers with `postHogSerializer`;
 * the mock's serialize functions are typed by them, so a field cannot be added on one side only.
 */

export interface PostHogSerializer<Field extends string = string> {
  /** File in the public PostHog/posthog repository the fields were read from. */
  readonly source: string
  /** The serializer class in that file. */
  readonly className: string
  /** Every field the serializer sends, in PostHog's names. */
  readonly fields: readonly Field[]
  /** Fields PostHog may send as null (model `null=True`, `allow_null`, or a method that can return None). */
  readonly nullable: readonly Field[]
}

export function postHogSerializer<const Field extends string>(serializer: {
  source: string
  className: string
  fields: readonly Field[]
  nullable?: readonly NoInfer<Field>[]
}): PostHogSerializer<Field> {
  return { ...serializer, nullable: serializer.nullable ?? [] }
}

/** The keys a serializer's answer must have: exactly its fields, sorted, for readable test failures. */
export function expectedKeys(serializer: PostHogSerializer): string[] {
  return [...serializer.fields].sort()
}

/** Keys of an answer object that the serializer lacks, and fields of the serializer that the answer lacks. */
export function keyDrift(serializer: PostHogSerializer, answer: object): { extra: string[]; missing: string[] } {
  const keys = new Set(Object.keys(answer))
  const fields = new Set<string>(serializer.fields)
  return {
    extra: [...keys].filter((key) => !fields.has(key)).sort(),
    missing: [...fields].filter((field) => !keys.has(field)).sort(),
  }
}
