/** One row of an import as read: its line in the file and its fields, or why it could not be read. */
export type ImportRecord =
  | { line: number; fields: Record<string, unknown>; error?: undefined }
  | { line: number; error: string; fields?: undefined };
