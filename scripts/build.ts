// `npm run build`: a production build, recorded so that `npm start` does not build again.
import { buildIfNeeded } from "@/lib/runtime/build-if-needed";
import { runCli } from "./run-cli";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const force = !process.argv.includes("--if-needed");
runCli(() => buildIfNeeded(process.cwd(), (line) => console.log(line), force));
