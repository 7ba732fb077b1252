import { Anchor, createTheme, NavLink } from '@mantine/core';

/** A calm, high-contrast theme: clinicians read this all day, often on shared workstations. */
export const theme = createTheme({
  primaryColor: 'teal',
  // The darker teal keeps white-on-primary text above WCAG AA contrast.
  primaryShade: { light: 9, dark: 6 },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '600' },
  cursorType: 'pointer',
  components: {
    // Mantine's default link and active-nav teals fall below WCAG AA (4.5:1) on white and on their tint.
    Anchor: Anchor.extend({ defaultProps: { c: 'teal.9' } }),
    NavLink: NavLink.extend({ defaultProps: { color: 'teal.9' } }),
  },
});
