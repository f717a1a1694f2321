// Fetches an article's page on the server: http(s) only, a time limit, a size limit, a bounded
// number of redirects, HTML only, and no connection to a private or loopback address unless an
// admin allows it. The address check runs inside the connection's DNS lookup, so it also covers
// every redirect and cannot be dodged by a name that resolves differently the second time.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { Agent, fetch } from "undici";
import { AppError } from "@/lib/http/app-error";
import { FETCH_TIMEOUT_MS, MAX_ARTICLE_BYTES, MAX_REDIRECTS } from "./fetch-limits";
import { isPublicAddress } from "./public-address";

export type FetchedPage = { url: string; html: string };

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

function guardedAgent(allowPrivate: boolean, timeoutMs: number): Agent {
  const lookup = (hostname: string, options: object, callback: LookupCallback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const list = addresses as LookupAddress[];
      const refused = list.find((a) => !allowPrivate && !isPublicAddress(a.address));
      if (refused) {
        const denial = Object.assign(new Error(`private address ${refused.address}`), { code: "EPRIVATEADDRESS" });
        return callback(denial, []);
      }
      const wantsAll = (options as { all?: boolean }).all;
      if (wantsAll) return callback(null, list);
      const first = list[0]!;
      return callback(null, first.address, first.family);
    });
  };
  return new Agent({ connect: { lookup: lookup as never }, bodyTimeout: timeoutMs, headersTimeout: timeoutMs });
}

function parseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw AppError.validation({ url: ["Enter a full web address starting with http:// or https://."] });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw AppError.validation({ url: ["Only http:// and https:// addresses can be fetched."] });
  }
  if (url.username || url.password) throw AppError.validation({ url: ["Addresses with a user name or password are not fetched."] });
  return url;
}

function causeCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: string } } | null)?.cause;
  return cause?.code ?? (error as { code?: string } | null)?.code;
}

export async function fetchArticleUrl(
  raw: string,
  options: { allowPrivate: boolean; timeoutMs?: number },
): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  let url = parseUrl(raw);
  const agent = guardedAgent(options.allowPrivate, timeoutMs);
  const deadline = AbortSignal.timeout(timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      if (!options.allowPrivate && isLiteralPrivate(url.hostname)) {
        throw AppError.validation({ url: [`${url.hostname} is a private or local address; an admin can allow those in Settings.`] });
      }
      let response;
      try {
        response = await fetch(url, {
          dispatcher: agent,
          redirect: "manual",
          signal: deadline,
          headers: { accept: "text/html,application/xhtml+xml", "user-agent": "ClaimsTracker/1.0 (article ingestion)" },
        });
      } catch (error) {
        throw fetchFailure(error, url, timeoutMs);
      }
      if (response.status >= 300 && response.status < 400 && response.headers.get("location")) {
        await response.body?.cancel();
        if (hop >= MAX_REDIRECTS) throw AppError.validation({ url: [`${url.host} redirected more than ${MAX_REDIRECTS} times.`] });
        url = parseUrl(new URL(response.headers.get("location")!, url).toString());
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw AppError.validation({ url: [`${url.host} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}.`] });
      }
      const type = (response.headers.get("content-type") ?? "").toLowerCase();
      if (!type.includes("text/html") && !type.includes("application/xhtml+xml")) {
        await response.body?.cancel();
        throw AppError.validation({ url: [`The address is not a web page (it is ${type.split(";")[0] || "of unknown type"}).`] });
      }
      const declared = Number(response.headers.get("content-length") ?? "0");
      if (declared > MAX_ARTICLE_BYTES) {
        await response.body?.cancel();
        throw new AppError("payload_too_large", "The page is larger than 2 MB.");
      }
      return { url: url.toString(), html: await readLimited(response.body, url, timeoutMs) };
    }
  } finally {
    await agent.close();
  }
}

function isLiteralPrivate(hostname: string): boolean {
  const bare = hostname.replace(/^\[|\]$/g, "");
  if (bare === "localhost" || bare.endsWith(".localhost")) return true;
  return /^[\d.]+$|:/.test(bare) && !isPublicAddress(bare);
}

async function readLimited(body: AsyncIterable<Uint8Array> | null, url: URL, timeoutMs: number): Promise<string> {
  if (!body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      size += chunk.byteLength;
      if (size > MAX_ARTICLE_BYTES) throw new AppError("payload_too_large", "The page is larger than 2 MB.");
      chunks.push(chunk);
    }
  } catch (error) {
    throw error instanceof AppError ? error : fetchFailure(error, url, timeoutMs);
  }
  return new TextDecoder("utf-8").decode(Buffer.concat(chunks));
}

function fetchFailure(error: unknown, url: URL, timeoutMs: number): AppError {
  if (error instanceof AppError) return error;
  const code = causeCode(error);
  const name = (error as { name?: string } | null)?.name;
  if (name === "TimeoutError" || name === "AbortError" || code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT") {
    return AppError.validation({ url: [`${url.host} did not answer within ${timeoutMs / 1000} seconds.`] });
  }
  if (code === "EPRIVATEADDRESS") {
    return AppError.validation({ url: [`${url.hostname} resolves to a private or local address; an admin can allow those in Settings.`] });
  }
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return AppError.validation({ url: [`${url.hostname} could not be found.`] });
  return AppError.validation({ url: [`${url.host} could not be reached (${code ?? "connection failed"}).`] });
}
