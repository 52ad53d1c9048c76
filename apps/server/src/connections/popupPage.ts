import { randomBytes } from 'node:crypto';

export type PopupResult =
  | { type: 'patchbay:connection'; status: 'success'; connectionId: string; integration: string }
  | { type: 'patchbay:connection'; status: 'error'; error: string; errorDescription: string; integration: string };

/** JSON safe inside a <script> element: no `</script>` or `<!--` can be formed. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c').replaceAll('>', '\\u003e').replaceAll('&', '\\u0026');
}

/**
 * The page the provider's popup lands on: it posts the result to the opener, and only to the
 * origin the connect session was started from, then closes.
 */
export function popupPage(result: PopupResult, targetOrigin: string): { html: string; headers: Record<string, string> } {
  const nonce = randomBytes(16).toString('base64');
  const text = result.status === 'success' ? 'Connected. You can close this window.' : `Not connected: ${result.errorDescription}`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Patchbay</title></head>
<body><p id="message"></p><script nonce="${nonce}">
const result = ${scriptJson(result)};
document.getElementById('message').textContent = ${scriptJson(text)};
if (window.opener) { window.opener.postMessage(result, ${scriptJson(targetOrigin)}); window.close(); }
</script></body></html>`;
  return {
    html,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': `default-src 'none'; script-src 'nonce-${nonce}'; base-uri 'none'; frame-ancestors 'none'`,
      // The opener must stay reachable from this page for postMessage.
      'Cross-Origin-Opener-Policy': 'unsafe-none',
    },
  };
}
