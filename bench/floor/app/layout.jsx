// The framework floor: the smallest App Router page, built with the same Next and React as the app.
// `npm run bench` measures it beside the real pages, so every figure can be read against what the
// framework costs before any of our code runs.
export const metadata = {
  title: 'Framework floor',
  description: 'An empty Next.js page, for the benchmark.',
};

export default function Layout({ children }) {
  return (
    <html lang="en">
      <body style={{ font: '16px/1.5 system-ui, sans-serif', margin: 24 }}>{children}</body>
    </html>
  );
}
