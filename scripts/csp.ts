import type { Plugin } from 'vite'

/**
 * Writes a Content-Security-Policy into the built page: the app may load and talk to nothing but
 * its own origin. The single-file build inlines its script and styles, so there they are allowed
 * inline instead, and nothing at all may be fetched.
 */
export function contentSecurityPolicy({ inline }: { inline: boolean }): Plugin {
  const own = inline ? "'unsafe-inline'" : "'self'"
  const policy = [
    "default-src 'none'",
    `script-src ${own}`,
    `style-src ${own}`,
    "img-src 'self' data: blob:",
    inline ? "connect-src 'none'" : "connect-src 'self'",
    "font-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
  return {
    name: 'integraalscan-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}">`),
    },
  }
}
