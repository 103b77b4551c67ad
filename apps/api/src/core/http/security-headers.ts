import type { CorsOptions } from '@nestjs/common/interfaces/external/cors-options.interface.js';
import helmet from 'helmet';

/**
 * helmet's headers, with a Content-Security-Policy for the dashboard: its own scripts, images, fonts and API only.
 * `upgrade-insecure-requests` is left out: Tandem is often reached over plain HTTP on a private address,
 * where it would send the browser to an https:// that does not answer.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        // CodeMirror (the API explorer) writes its theme into a <style> element it builds at run time, so styles
        // cannot be held to 'self'; scripts, where injection does harm, are.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'frame-ancestors': ["'none'"],
        'upgrade-insecure-requests': null,
      },
    },
  });
}

/** CORS is closed unless CORS_ORIGINS lists origins; those may send a key and read the rate-limit and request-id headers. */
export function corsOptions(origins: string[]): CorsOptions {
  return {
    origin: origins,
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'Tandem-Signature', 'X-Request-Id'],
    exposedHeaders: ['Retry-After', 'X-Request-Id'],
    maxAge: 600,
  };
}
