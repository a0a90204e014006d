/**
 * HTTP security headers. Public pages are cached whole (incremental static regeneration),
 * so they cannot carry a per-request nonce: their policy allows the framework's inline
 * scripts ('unsafe-inline'), and they render no user-supplied HTML (texts are shown inert).
 * The organisers' area is rendered per request and gets a nonce-based policy from the proxy.
 */
const isDev = process.env.NODE_ENV === "development";

function policy(scriptSrc: string): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const PUBLIC_CSP = policy("'self' 'unsafe-inline'");
export const nonceCsp = (nonce: string) => policy(`'self' 'nonce-${nonce}' 'strict-dynamic'`);

/** Headers every response carries. */
export const COMMON_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** The areas rendered per request, whose policy carries a nonce. */
export const NONCE_AREAS = ["/admin", "/connexion"];
