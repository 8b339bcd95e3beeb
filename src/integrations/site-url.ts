/**
 * Stops `astro build` when SITE_URL is missing (unless LOCAL_BUILD=1 says the build is for this machine):
 * a build for publishing must not silently write http://localhost:4321 into ~600 files.
 */
import type { AstroIntegration } from 'astro';
import { missingSiteUrlError } from '../lib/site-url';

export default function requireSiteUrl(): AstroIntegration {
  return {
    name: 'require-site-url',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' || process.env['SITE_URL']) return;
        const error = missingSiteUrlError(process.env);
        if (error) throw new Error(error);
        logger.warn('LOCAL_BUILD=1: built for http://localhost:4321 only; robots.txt keeps crawlers out.');
      },
    },
  };
}
