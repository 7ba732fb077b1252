/** The fields a 400 names, in the order its details list them. */
export function fieldsOf(body: { details?: { fields?: { field: string }[] } }): string[] {
  return (body.details?.fields ?? []).map((f) => f.field);
}
