import {
  Anchor,
  type CSSVariablesResolver,
  createTheme,
  darken,
  defaultVariantColorsResolver,
  getThemeColor,
  InputWrapper,
  NavLink,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * Mantine's "light" variant writes a mid shade on its own tint, which falls below WCAG AA (4.5:1)
 * for several colours; the text is darkened so every light badge and button stays readable. A
 * filled button's hover lightens the darkest shade (teal.9 to teal.8, 3.9:1 under white text):
 * it darkens instead.
 */
const readableVariants: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant === 'light') return { ...colors, color: darken(getThemeColor(input.color, input.theme), 0.45) };
  if (input.variant === 'filled') return { ...colors, hover: darken(colors.background, 0.15) };
  return colors;
};

/** Field errors in red.9 (5.6:1 on white) instead of red.6 (3.3:1, below WCAG AA). */
export const readableCssVariables: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: { '--mantine-color-error': theme.colors.red[9] },
  dark: {},
});

/** A calm, high-contrast theme: clinicians read this all day, often on shared workstations. */
export const theme = createTheme({
  primaryColor: 'teal',
  // The darker teal keeps white-on-primary text above WCAG AA contrast.
  primaryShade: { light: 9, dark: 6 },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '600' },
  cursorType: 'pointer',
  variantColorResolver: readableVariants,
  components: {
    // Mantine's default link teal, active-nav tint and input descriptions fall below WCAG AA (4.5:1).
    Anchor: Anchor.extend({ defaultProps: { c: 'teal.9' } }),
    NavLink: NavLink.extend({ defaultProps: { color: 'dark.6', variant: 'filled' } }),
    InputWrapper: InputWrapper.extend({ styles: { description: { color: 'var(--mantine-color-gray-7)' } } }),
  },
});
