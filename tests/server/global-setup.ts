// Says once, at the start of the server tests, which engines they run on.
export default function setup(): void {
  if (process.env.DATABASE_URL) console.log(`server tests: embedded PGlite and PostgreSQL at ${new URL(process.env.DATABASE_URL).host}`);
  else console.log('server tests: embedded PGlite only; PostgreSQL SKIPPED (set DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to run them on it too)');
}
