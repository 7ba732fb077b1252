import type { CSSProperties } from 'react';

/**
 * Mantine draws field errors in red.6, below WCAG AA contrast (3.3:1) on white; inside a form with
 * this style they take red.9 (5.6:1).
 */
export const READABLE_ERRORS = { '--mantine-color-error': 'var(--mantine-color-red-9)' } as CSSProperties;

/** Ids and passwords read better in a fixed-width font; the label and help text keep the body font. */
export const MONOSPACE_INPUT = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };
