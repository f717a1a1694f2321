/** Runs a command-line entry point: its error's message on one line, exit code 1, no stack trace. */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
