/** Ids and passwords read better in a fixed-width font; the label and help text keep the body font. */
export const MONOSPACE_INPUT = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };
