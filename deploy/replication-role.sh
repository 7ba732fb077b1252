#!/bin/sh
# Run once by the official postgres image when it creates the database (docker-entrypoint-initdb.d):
# a role that may only stream the WAL, and a pg_hba line letting it in from the compose network.
# The `replica` service (docker-compose profile `scale`) copies the server with it.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v password="${REPLICATION_PASSWORD:?set REPLICATION_PASSWORD}" <<'SQL'
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD :'password';
SQL
echo "host replication replicator all scram-sha-256" >>"$PGDATA/pg_hba.conf"
