-- A partitioned table whose partition key changes (by date -> by kind): it can only be
-- dropped and created again, with its partitions, keys, index, trigger, policy, grants and
-- the view and foreign key that use it; its serial sequence survives.  Reverse: the same.
CREATE SCHEMA log;
CREATE TABLE log.events (
    id serial,
    at date NOT NULL,
    kind text NOT NULL,
    PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE TABLE log.events_2024 PARTITION OF log.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX events_kind_idx ON log.events (kind);
CREATE FUNCTION log.stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER events_stamp BEFORE INSERT ON log.events FOR EACH ROW EXECUTE FUNCTION log.stamp();
ALTER TABLE log.events ENABLE ROW LEVEL SECURITY;
CREATE POLICY events_readable ON log.events FOR SELECT USING (kind <> 'secret');
CREATE VIEW log.recent AS SELECT id, kind FROM log.events WHERE at > '2024-06-01';
COMMENT ON TABLE log.events IS 'everything that happened';
GRANT SELECT ON log.events TO app_reader;
CREATE TABLE log.kinds (kind text PRIMARY KEY);
-- A regular table that becomes partitioned (and back).
CREATE TABLE log.archive (id integer NOT NULL, at date NOT NULL);
