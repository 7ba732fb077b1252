import {
  Anchor,
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
 * for several colours; the text is darkened so every light badge and button stays readable.
 */
const readableLightVariant: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant !== 'light') return colors;
  return { ...colors, color: darken(getThemeColor(input.color, input.theme), 0.45) };
};

/** A calm, high-contrast theme: clinicians read this all day, often on shared workstations. */
export const theme = createTheme({
  primaryColor: 'teal',
  // The darker teal keeps white-on-primary text above WCAG AA contrast.
  primaryShade: { light: 9, dark: 6 },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '600' },
  cursorType: 'pointer',
  variantColorResolver: readableLightVariant,
  components: {
    // Mantine's default link teal, active-nav tint and input descriptions fall below WCAG AA (4.5:1).
    Anchor: Anchor.extend({ defaultProps: { c: 'teal.9' } }),
    NavLink: NavLink.extend({ defaultProps: { color: 'dark.6', variant: 'filled' } }),
    InputWrapper: InputWrapper.extend({ styles: { description: { color: 'var(--mantine-color-gray-7)' } } }),
  },
});
