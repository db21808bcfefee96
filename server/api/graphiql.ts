import { createHash } from 'node:crypto';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphiQLOptions } from 'graphql-yoga';

const ESTONIA = /* GraphQL */ `
  # Estonia's neighbourhood: what it hosts, joins and partners in, with sources.
  query EstoniaNeighbourhood {
    neighborhood(id: "state:est", depth: 1) {
      total
      truncated
      nodes {
        id
        kind
        name
        since
        until
      }
      edges {
        type
        since
        until
        sinceDate
        status
        grade
        confidence
        role
        from {
          id
          name
        }
        to {
          id
          name
        }
        sources {
          title
          url
        }
      }
    }
    neighborCounts(id: "state:est") {
      relationType
      kind
      count
    }
  }
`;

const PATHS = /* GraphQL */ `
  # How does Japan connect to Tunisia? All shortest paths, at most 4 hops.
  query JapanToTunisia {
    paths(from: "state:jpn", to: "state:tun", maxLength: 4, limit: 5) {
      length
      nodes {
        id
        kind
        name
      }
      edges {
        type
        from {
          name
        }
        to {
          name
        }
        grade
      }
      weakestGrade
    }
  }
`;

const SEARCH = /* GraphQL */ `
  # Search names, aliases and acronyms (case and diacritics ignored).
  query SearchPfP {
    search(text: "PfP", first: 5) {
      score
      entity {
        id
        kind
        name
        aliases
        since
        sources {
          title
          url
        }
      }
    }
  }
`;

const MEMBERS_2004 = /* GraphQL */ `
  # The alliance as it stood in 2004: NATO's members that year.
  query NatoMembersIn2004 {
    neighborhood(id: "org:nato", relationTypes: [MEMBER_OF], kinds: [STATE], asOf: 2004, limit: 100) {
      total
      nodes {
        id
        name
      }
      edges {
        from {
          name
        }
        since
      }
    }
    stats(asOf: 2004) {
      entities
      relationships
      byKind {
        kind
        count
      }
    }
  }
`;

const EVENT = /* GraphQL */ `
  # An event: the Madrid Summit 2022, who hosted and attended it and what was adopted there,
  # each fact with its exact date where a source gives one and its grade (e.g. B2).
  query MadridSummit2022 {
    entity(id: "event:summit-2022-madrid") {
      name
      kind
      sinceDate
      untilDate
      summary
    }
    neighborhood(id: "event:summit-2022-madrid", relationTypes: [HOSTS, ATTENDS, DECIDED_AT]) {
      edges {
        type
        role
        sinceDate
        grade
        from {
          id
          name
        }
        sources {
          title
          url
          reliability
        }
      }
    }
  }
`;

const SUSPENSION = /* GraphQL */ `
  # A suspension: Russia's Partnership for Peace partnership still exists, suspended since
  # 1 April 2014. Neighbourhoods include suspended links (status SUSPENDED) unless told not to.
  query RussiaInPfP {
    relationship(id: "state:rus/PARTNER_IN/framework:pfp/1994") {
      sinceDate
      status
      grade
      suspensions {
        sinceDate
        untilDate
        note
        sources {
          title
          url
        }
      }
    }
    withSuspended: neighborhood(id: "state:rus", relationTypes: [PARTNER_IN], asOf: 2020) {
      edges {
        to {
          name
        }
        status
      }
    }
    withoutSuspended: neighborhood(id: "state:rus", relationTypes: [PARTNER_IN], asOf: 2020, includeSuspended: false) {
      edges {
        to {
          name
        }
        status
      }
    }
    in2013: neighborhood(id: "state:rus", relationTypes: [PARTNER_IN], asOf: 2013, includeSuspended: false) {
      edges {
        to {
          name
        }
        status
      }
    }
  }
`;

const DATED_MEMBERSHIP = /* GraphQL */ `
  # A dated membership: Estonia joined NATO on 29 March 2004. On the day before it was a PfP
  # partner and not yet an Ally; asOf: 2004 (any time that year) would show both.
  query EstoniaJoinsNato {
    dayBefore: neighborhood(id: "state:est", relationTypes: [MEMBER_OF, PARTNER_IN], at: "2004-03-28") {
      edges {
        type
        sinceDate
        untilDate
        to {
          name
        }
      }
    }
    accessionDay: neighborhood(id: "state:est", relationTypes: [MEMBER_OF, PARTNER_IN], at: "2004-03-29") {
      edges {
        type
        sinceDate
        untilDate
        grade
        to {
          name
        }
      }
    }
  }
`;

const EDIT = /* GraphQL */ `
  # Editors only: put your editor token in the Authorization header below.
  # An upsert replaces the whole entity. Pass the version you read as expectedVersion: if someone
  # saved a newer one meanwhile, the write fails with CONFLICT instead of overwriting it.
  mutation AddAnAlias {
    upsertEntity(
      expectedVersion: 1
      input: {
        id: "region:baltic"
        kind: REGION
        name: "Baltic"
        aliases: ["Baltic region", "Baltic Sea", "Baltic states", "Baltics", "Baltic Sea region"]
        summary: "Baltic Sea region, focus of the first four forward presence battlegroups and of BALTOPS."
        sources: ["source:shape-efp-history", "source:c6f-baltops-24"]
      }
    ) {
      id
      name
      aliases
      version
    }
  }
`;

/** What GraphiQL opens with: a few questions an analyst would ask first. */
export const GRAPHIQL_OPTIONS: GraphiQLOptions = {
  title: 'Alliance Atlas — GraphQL',
  defaultTabs: [
    { query: ESTONIA },
    { query: PATHS },
    { query: SEARCH },
    { query: MEMBERS_2004 },
    { query: EVENT },
    { query: SUSPENSION },
    { query: DATED_MEMBERSHIP },
    { query: EDIT, headers: JSON.stringify({ Authorization: 'Bearer <your editor token>' }, null, 2) },
  ],
  defaultEditorToolsVisibility: true,
  // Tokens typed into the headers editor stay in the tab, not in localStorage.
  shouldPersistHeaders: false,
};

/** A file the GraphiQL page loads, served under /graphql/ at a path that names its content. */
export interface GraphiQLAsset {
  /** E.g. `graphiql-3f2a9c1b7d4e.js`. */
  file: string;
  type: string;
  body: Buffer;
}

export interface GraphiQLPage {
  html: string;
  /** CSP sources (`'sha256-…'`) of the page's inline scripts. */
  scriptHashes: string[];
  /** The bundle and the styles, out of the page so a browser caches them (server/http/graphiql-assets.ts). */
  assets: GraphiQLAsset[];
}

const sha256 = (text: string, encoding: 'hex' | 'base64') => createHash('sha256').update(text, 'utf8').digest(encoding);

/** Where the rendered page calls GraphiQL with its options: the inline script keeps that call. */
const START = 'YogaGraphiQL.renderYogaGraphiQL(';

function asset(name: string, ext: string, type: string, text: string): GraphiQLAsset {
  return { file: `${name}-${sha256(text, 'hex').slice(0, 16)}.${ext}`, type, body: Buffer.from(text, 'utf8') };
}

/**
 * Renders GraphiQL once, from the installed @graphql-yoga/render-graphiql (no CDN, so it works
 * offline). The package inlines its 8 MB bundle and 1 MB of styles in the page, which a browser
 * would download again on every visit: they become files at content-named paths (cached for good,
 * sent compressed), and the page keeps one short inline script, the call with the options, hashed
 * so the Content-Security-Policy allows exactly it.
 */
export function renderGraphiQLPage(options: GraphiQLOptions = GRAPHIQL_OPTIONS): GraphiQLPage {
  const rendered = renderGraphiQL(options);
  const script = /<script>([\s\S]*)<\/script>/.exec(rendered);
  const style = /<style>([\s\S]*?)<\/style>/.exec(rendered);
  const start = script?.[1]!.lastIndexOf(START) ?? -1;
  if (!script || !style || start < 0) {
    throw new Error('@graphql-yoga/render-graphiql changed the shape of its page; update renderGraphiQLPage');
  }
  const bundle = asset('graphiql', 'js', 'text/javascript; charset=utf-8', script[1]!.slice(0, start));
  const styles = asset('graphiql', 'css', 'text/css; charset=utf-8', style[1]!);
  const call = script[1]!.slice(start);
  const html = rendered
    .replace(script[0], () => `<script src="/graphql/${bundle.file}"></script>\n<script>${call}</script>`)
    .replace(style[0], () => `<link rel="stylesheet" href="/graphql/${styles.file}" />`);
  return { html, scriptHashes: [`'sha256-${sha256(call, 'base64')}'`], assets: [bundle, styles] };
}
