# Production image: `docker build -t hr-copilot .`, then run with DATABASE_URL and AUTH_SECRET set
# (compose.yaml runs two instances behind nginx). Node 24 LTS.

# Build: every package, the Prisma client, the parse worker, the Next build; then only what the
# server reads at run time, in /runtime (scripts/assemble-runtime.sh, which the test run also uses).
FROM node:24-bookworm-slim AS build
WORKDIR /src
ENV NEXT_TELEMETRY_DISABLED=1
COPY . .
RUN npm install --no-audit --no-fund \
 && npm run build \
 && bash scripts/assemble-runtime.sh /runtime

# Run: production packages and the build, as an unprivileged user.
FROM node:24-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
RUN groupadd --system app && useradd --system --gid app --home-dir /app app
COPY --from=build --chown=root:root /runtime ./
# The server writes nothing but its own cache; the embedded database is for development only.
RUN mkdir -p .next/cache && chown app:app .next/cache
USER app
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=40s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["./deploy/entrypoint.sh"]
