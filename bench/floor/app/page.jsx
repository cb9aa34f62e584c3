export default function Page() {
  return (
    <main>
      <h1>Framework floor</h1>
      <p>
        One heading and one paragraph: what a Next.js page costs before any of the map’s code runs.
      </p>
    </main>
  );
}
