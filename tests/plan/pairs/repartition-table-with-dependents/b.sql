-- See a.sql.
CREATE SCHEMA log;
CREATE TABLE log.events (
    id serial,
    at date NOT NULL,
    kind text NOT NULL,
    PRIMARY KEY (id, kind)
) PARTITION BY LIST (kind);
CREATE TABLE log.events_click PARTITION OF log.events FOR VALUES IN ('click');
CREATE INDEX events_kind_idx ON log.events (kind);
CREATE FUNCTION log.stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER events_stamp BEFORE INSERT ON log.events FOR EACH ROW EXECUTE FUNCTION log.stamp();
ALTER TABLE log.events ENABLE ROW LEVEL SECURITY;
CREATE POLICY events_readable ON log.events FOR SELECT USING (kind <> 'secret');
CREATE VIEW log.recent AS SELECT id, kind FROM log.events WHERE at > '2024-06-01';
COMMENT ON TABLE log.events IS 'everything that happened';
GRANT SELECT ON log.events TO app_reader;
CREATE TABLE log.kinds (kind text PRIMARY KEY);
CREATE TABLE log.archive (id integer NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
