// Mantine's mixins and rem() helpers for the app's own CSS modules.
export default {
  plugins: {
    'postcss-preset-mantine': {},
  },
};
