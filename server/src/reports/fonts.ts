import { createRequire } from 'node:module';

// DejaVu Sans, the one typeface of the generated files (PDF and chart images): it has Swedish
// letters, "−" and the thin space, which the PDF standard fonts lack.
const require = createRequire(import.meta.url);

export const FONT_FILES = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};
