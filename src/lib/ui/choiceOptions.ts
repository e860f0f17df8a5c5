/** A content question's options as radio choices (its description as the hint), with "weet ik niet" last. */
export function withUnknown<T extends string>(
  options: readonly { id: T; label: string; description?: string }[],
  unknown: string,
): { value: T | 'weet-niet'; label: string; hint?: string }[] {
  return [
    ...options.map((option) => ({ value: option.id, label: option.label, ...(option.description === undefined ? {} : { hint: option.description }) })),
    { value: 'weet-niet' as const, label: unknown },
  ]
}
