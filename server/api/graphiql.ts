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
        confidence
      }
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
    { query: EDIT, headers: JSON.stringify({ Authorization: 'Bearer <your editor token>' }, null, 2) },
  ],
  defaultEditorToolsVisibility: true,
  // Tokens typed into the headers editor stay in the tab, not in localStorage.
  shouldPersistHeaders: false,
};

export interface GraphiQLPage {
  html: string;
  /** CSP sources (`'sha256-…'`) of the page's inline scripts. */
  scriptHashes: string[];
}

/**
 * Renders GraphiQL once, from the installed @graphql-yoga/render-graphiql (no CDN, so it works
 * offline), and hashes its inline script so the Content-Security-Policy can allow exactly it.
 */
export function renderGraphiQLPage(options: GraphiQLOptions = GRAPHIQL_OPTIONS): GraphiQLPage {
  const html = renderGraphiQL(options);
  const scriptHashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]!, 'utf8').digest('base64')}'`,
  );
  return { html, scriptHashes };
}
