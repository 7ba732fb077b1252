// Every Mantine component's styles, for the signed-in pages: imported by the chunks that open them
// (the app layout, the second-factor setup), so the sign-in page does not download them.
import '@mantine/core/styles.layer.css';
