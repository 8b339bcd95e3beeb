/**
 * The components every entry body may use without an import: plain functions from string props to
 * hast, rendered to HTML while the content layer syncs (no Astro component, no client JavaScript).
 * Add one here and document it in content/README.md; nothing else registers components.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { permalinkPath, withBase } from '../urls';

/** What the catalog knows when a body renders: other entries, and the release and flag lists when they exist. */
export interface BodyContext {
  /** The site's base path, `/` or e.g. `/docs/gateway-errors/`. */
  base: string;
  /** Every entry, by id (`403/quota-exceeded`). */
  entries: ReadonlyMap<string, { status: number | 'tls'; slug: string; message: string }>;
  /** Release versions (`5.10.0`) from content/gateway-source/releases.yaml; undefined while that file does not exist. */
  releases?: ReadonlySet<string> | undefined;
  /** Response flag codes (`AKI`) from content/gateway-source/<tag>/flags.tsv; undefined while none exist. */
  flags?: ReadonlySet<string> | undefined;
}

interface PropRule {
  required?: boolean;
  /** What a valid value looks like, for the author. */
  describe: string;
  valid: (value: string) => boolean;
}

export interface EntryComponent {
  /** An example of use, shown when it is used wrongly. */
  usage: string;
  props: Record<string, PropRule>;
  /** Block components hold Markdown; the others are inline and take no children. */
  block?: boolean;
  /** A problem the props pass their own rules but the catalog disagrees with (e.g. no such entry). */
  check?: (props: Record<string, string>, context: BodyContext) => string | undefined;
  render: (
    props: Record<string, string>,
    context: BodyContext,
    children: ElementContent[],
  ) => ElementContent | (ElementContent | string)[];
  /** The same in Markdown, for the entry's Markdown twin (`/<status>/<slug>.md`); `children` already Markdown. */
  markdown: (props: Record<string, string>, context: BodyContext, children: string) => string;
}

const tykDocs = 'https://tyk.io/docs';
const configKeyPattern = /^[A-Za-z_][\w-]*(\.(<[\w-]+>|[\w-]+|\[\]))*$/;
const versionPattern = /^\d+\.\d+\.\d+(-[\w.]+)?$/;

const keyRule = (where: string): PropRule => ({
  describe: `a ${where} key in dot notation, e.g. "http_server_options.enable_http2"`,
  valid: (value) => configKeyPattern.test(value),
});

const keyText = (key: string, value: string | undefined) => (value === undefined ? key : `${key}: ${value}`);

/** `<code>key</code>`, or `<code>key: value</code>`, linked to Tyk's reference. */
function configCode(key: string, value: string | undefined, href: string): ElementContent {
  return h('a', { href }, [h('code', keyText(key, value))]);
}

const releaseMarker = (word: 'since' | 'until'): EntryComponent => ({
  usage: `<${word === 'since' ? 'Since' : 'Until'} release="5.10.0" />`,
  props: { release: { required: true, describe: 'a release version such as "5.10.0"', valid: (v) => versionPattern.test(v) } },
  check: ({ release }, { releases }) =>
    releases && !releases.has(release!)
      ? `release "${release}" is not in content/gateway-source/releases.yaml (known: ${[...releases].join(', ')}).`
      : undefined,
  render: ({ release }) => h('span', { className: ['release-marker'] }, `${word} Tyk ${release}`),
  markdown: ({ release }) => `${word} Tyk ${release}`,
});

export const entryComponents: Record<string, EntryComponent> = {
  /** A checked link to another entry, showing its status and message. */
  Entry: {
    usage: '<Entry id="403/quota-exceeded" />',
    props: { id: { required: true, describe: 'an entry id, "<status>/<slug>"', valid: (v) => /^[\w-]+\/[a-z0-9-]+$/.test(v) } },
    check: ({ id }, { entries }) =>
      entries.has(id!)
        ? undefined
        : `"${id}" is not an entry. Use the id of an existing file, content/errors/<status>/<slug>.mdx.`,
    render: ({ id }, { base, entries }) => {
      const target = entries.get(id!)!;
      return h('a', { href: withBase(permalinkPath(target.status, target.slug), base) }, [
        `${target.status === 'tls' ? 'TLS' : target.status} `,
        h('code', target.message),
      ]);
    },
    markdown: ({ id }, { base, entries }) => {
      const target = entries.get(id!)!;
      return `[${target.status === 'tls' ? 'TLS' : target.status} \`${target.message}\`](${withBase(permalinkPath(target.status, target.slug), base)})`;
    },
  },
  /** A tyk.conf option (`conf`) or an API-definition field (`classic` and/or `oas`), linked to Tyk's reference. */
  ConfigKey: {
    usage:
      '<ConfigKey conf="enable_jsvm" /> or <ConfigKey classic="disable_quota" oas="middleware.global.skipQuota" value="true" />',
    props: {
      conf: keyRule('tyk.conf'),
      classic: keyRule('Tyk Classic API definition'),
      oas: keyRule('Tyk OAS API definition'),
      value: { describe: 'the value to show after the key, e.g. "true"', valid: (v) => v.length > 0 },
    },
    check: ({ conf, classic, oas }) =>
      (conf === undefined) === (classic === undefined && oas === undefined)
        ? 'needs either conf (a tyk.conf option) or classic and/or oas (an API-definition field), not both.'
        : undefined,
    render: ({ conf, classic, oas, value }) => {
      if (conf !== undefined) {
        return configCode(conf, value, `${tykDocs}/tyk-oss-gateway/configuration/#${conf.replace(/\./g, '')}`);
      }
      const oasCode = oas === undefined ? undefined : configCode(oas, value, `${tykDocs}/api-management/gateway-config-tyk-oas/`);
      if (classic === undefined) return ['Tyk OAS ', oasCode!];
      const classicCode = configCode(classic, value, `${tykDocs}/api-management/gateway-config-tyk-classic/`);
      return oasCode ? [classicCode, ' (Tyk OAS ', oasCode, ')'] : classicCode;
    },
    markdown: ({ conf, classic, oas, value }) => {
      const code = (key: string) => `\`${keyText(key, value)}\``;
      if (conf !== undefined) return code(conf);
      if (classic === undefined) return `Tyk OAS ${code(oas!)}`;
      return oas === undefined ? code(classic) : `${code(classic)} (Tyk OAS ${code(oas)})`;
    },
  },
  /** The first release that behaves as described. */
  Since: releaseMarker('since'),
  /** The last release that behaves as described. */
  Until: releaseMarker('until'),
  /** A response flag (response_code_details in the access log), linked to its page. */
  Flag: {
    usage: '<Flag code="AKI" />',
    props: { code: { required: true, describe: 'three capital letters, e.g. "AKI"', valid: (v) => /^[A-Z]{3}$/.test(v) } },
    check: ({ code }, { flags }) =>
      flags && !flags.has(code!) ? `flag "${code}" is not in content/gateway-source/*/flags.tsv.` : undefined,
    render: ({ code }, { base }) => h('a', { href: withBase(`/flags/${code}/`, base) }, [h('code', code)]),
    markdown: ({ code }, { base }) => `[\`${code}\`](${withBase(`/flags/${code}/`, base)})`,
  },
  /** A note or warning set apart from the prose, for the few places that need one. */
  Callout: {
    usage: '<Callout type="warning">\n\nText in Markdown.\n\n</Callout>',
    block: true,
    props: { type: { required: true, describe: '"note" or "warning"', valid: (v) => v === 'note' || v === 'warning' } },
    render: ({ type }, _context, children) =>
      h('aside', { className: ['callout', `callout-${type}`], role: 'note' }, [
        h('p', { className: ['callout-title'] }, type === 'warning' ? 'Warning' : 'Note'),
        '\n',
        ...children,
      ]),
    markdown: ({ type }, _context, children) =>
      [`**${type === 'warning' ? 'Warning' : 'Note'}**`, '', ...children.trim().split('\n')]
        .map((line) => `> ${line}`.trimEnd())
        .join('\n'),
  },
};
