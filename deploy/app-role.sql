-- The role Naltrack connects as on a server (DATABASE_URL), with only the rights the app needs.
-- The migrations run as the schema's owner (MIGRATION_DATABASE_URL); the app's role is not the
-- owner, so it cannot switch off the audit trail's append-only trigger, and it may only read and
-- append audit events.
--
-- Run as that owner, once before the first start and again after each upgrade:
--   psql "$MIGRATION_DATABASE_URL" -v ON_ERROR_STOP=1 -f deploy/app-role.sql
-- after creating the role (as a superuser or a role with CREATEROLE):
--   CREATE ROLE naltrack_app LOGIN PASSWORD '...';   -- not SUPERUSER, not the owner
-- Edit the name naltrack_app throughout if yours differs.

GRANT USAGE ON SCHEMA public TO naltrack_app;

-- Tables and sequences the owner's migrations create from now on.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO naltrack_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO naltrack_app;

-- Those that exist already.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO naltrack_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO naltrack_app;

-- The audit trail is read and appended to, never changed; the migrations' record is the owner's.
-- (Migration 1795594000000 also takes these rights from any role but the owner.)
DO $$
BEGIN
  IF to_regclass('public.audit_event') IS NOT NULL THEN
    REVOKE UPDATE, DELETE, TRUNCATE ON public.audit_event FROM naltrack_app;
  END IF;
  IF to_regclass('public.migrations') IS NOT NULL THEN
    REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON public.migrations FROM naltrack_app;
  END IF;
END $$;
