FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 (the embedded store's journal) builds from source when its prebuilt binary cannot be fetched.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/client/dist ./client/dist
COPY --from=build /app/schema.graphql ./
COPY --from=build /app/cypher ./cypher
COPY --from=build /app/data ./data
# The embedded store's journal (JOURNAL_PATH, default var/journal.sqlite) must be writable by the app's user;
# mount a volume there to keep edits across containers.
RUN mkdir -p /app/var && chown node:node /app/var
VOLUME /app/var
EXPOSE 4000
USER node
CMD ["node", "dist/server/main.js"]
