const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids in paths are UUIDs; anything else is answered 404 before it reaches the database, which
 * would otherwise reject the malformed value with an error of its own. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
