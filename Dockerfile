# syntax=docker/dockerfile:1
# Tandem: one image for both roles. `ROLE=api` serves GraphQL, REST and the web app; `ROLE=worker` runs the jobs.

# ---- build: all dependencies, then the web app (apps/web/dist) and the api bundle (apps/api/dist) ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NX_NO_CLOUD=true NX_DAEMON=false NX_TUI=false
# Manifests first, so that the dependency layer is reused while only sources change.
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY libs/formats/package.json libs/formats/
COPY libs/metrics/package.json libs/metrics/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# ---- runtime: production dependencies and the built output only ----
FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY libs/formats/package.json libs/formats/
COPY libs/metrics/package.json libs/metrics/
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/apps/api/dist apps/api/dist
COPY --from=build /app/apps/web/dist apps/web/dist
# The bundled demo exports, for `npm run demo` inside the container.
COPY --from=build /app/samples samples
# Uploads and the embedded database live in DATA_DIR. Created here and owned by `node`, so that a named
# volume mounted on it starts with the same owner and the unprivileged process can write to it.
ENV DATA_DIR=/data
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
CMD ["node", "apps/api/dist/main.js"]
