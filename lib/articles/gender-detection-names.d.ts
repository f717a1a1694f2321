// gender-detection-from-name ships no types for its name tables (CommonJS modules exporting a Map).
declare module "gender-detection-from-name/names/en" {
  const names: Map<string, "male" | "female">;
  export default names;
}
