-- pg_cron (jobs scheduled inside the database): the objects a migration may use once it runs
-- CREATE EXTENSION pg_cron. Self-contained; written by the pgdrift project from pg_cron's public
-- documentation (citusdata/pg_cron) and Supabase's (Cron), for pg_cron 1.6 as the Supabase
-- Postgres 15 image ships it. Bodies are stand-ins of the right signature and return type: the
-- real functions are C functions that also check the schedule's syntax.
-- No role is assumed.

CREATE SCHEMA cron;

CREATE SEQUENCE cron.jobid_seq;
CREATE TABLE cron.job (
  jobid bigint NOT NULL DEFAULT nextval('cron.jobid_seq') PRIMARY KEY,
  schedule text NOT NULL,
  command text NOT NULL,
  nodename text NOT NULL DEFAULT 'localhost',
  nodeport integer NOT NULL DEFAULT inet_server_port(),
  database text NOT NULL DEFAULT current_database(),
  username text NOT NULL DEFAULT CURRENT_USER,
  active boolean NOT NULL DEFAULT true,
  jobname text,
  CONSTRAINT jobname_username_uniq UNIQUE (jobname, username)
);
ALTER SEQUENCE cron.jobid_seq OWNED BY cron.job.jobid;

CREATE SEQUENCE cron.runid_seq;
CREATE TABLE cron.job_run_details (
  jobid bigint,
  runid bigint NOT NULL DEFAULT nextval('cron.runid_seq') PRIMARY KEY,
  job_pid integer,
  database text,
  username text,
  command text,
  status text,
  return_message text,
  start_time timestamptz,
  end_time timestamptz
);
ALTER SEQUENCE cron.runid_seq OWNED BY cron.job_run_details.runid;

-- Each user sees and changes only the jobs that run as that user.
ALTER TABLE cron.job ENABLE ROW LEVEL SECURITY;
ALTER TABLE cron.job_run_details ENABLE ROW LEVEL SECURITY;
CREATE POLICY cron_job_policy ON cron.job USING (username = CURRENT_USER);
CREATE POLICY cron_job_run_details_policy ON cron.job_run_details USING (username = CURRENT_USER);
GRANT USAGE ON SCHEMA cron TO PUBLIC;
GRANT SELECT ON TABLE cron.job TO PUBLIC;
GRANT SELECT, DELETE ON TABLE cron.job_run_details TO PUBLIC;

-- Schedule a job (a named one replaces the job of that name); returns its id.
CREATE FUNCTION cron.schedule(schedule text, command text) RETURNS bigint LANGUAGE sql AS $$
  INSERT INTO cron.job (schedule, command) VALUES (schedule, command) RETURNING jobid
$$;
CREATE FUNCTION cron.schedule(job_name text, schedule text, command text) RETURNS bigint LANGUAGE sql AS $$
  INSERT INTO cron.job (jobname, schedule, command) VALUES (job_name, schedule, command)
  ON CONFLICT (jobname, username) DO UPDATE SET schedule = excluded.schedule, command = excluded.command
  RETURNING jobid
$$;
CREATE FUNCTION cron.schedule_in_database(job_name text, schedule text, command text, database text,
                                          username text DEFAULT NULL, active boolean DEFAULT true)
  RETURNS bigint LANGUAGE sql AS $$
  INSERT INTO cron.job (jobname, schedule, command, database, username, active)
  VALUES (job_name, schedule, command, database, coalesce(username, CURRENT_USER), active)
  RETURNING jobid
$$;

CREATE FUNCTION cron.unschedule(job_id bigint) RETURNS boolean LANGUAGE sql AS $$
  WITH gone AS (DELETE FROM cron.job WHERE jobid = job_id RETURNING 1) SELECT EXISTS (SELECT FROM gone)
$$;
CREATE FUNCTION cron.unschedule(job_name text) RETURNS boolean LANGUAGE sql AS $$
  WITH gone AS (DELETE FROM cron.job WHERE jobname = job_name AND username = CURRENT_USER RETURNING 1)
  SELECT EXISTS (SELECT FROM gone)
$$;

-- Change a job; NULL keeps what the job has.
CREATE FUNCTION cron.alter_job(job_id bigint, schedule text DEFAULT NULL, command text DEFAULT NULL,
                               database text DEFAULT NULL, username text DEFAULT NULL, active boolean DEFAULT NULL)
  RETURNS void LANGUAGE sql AS $$
  UPDATE cron.job j
  SET schedule = coalesce(alter_job.schedule, j.schedule), command = coalesce(alter_job.command, j.command),
      database = coalesce(alter_job.database, j.database), username = coalesce(alter_job.username, j.username),
      active = coalesce(alter_job.active, j.active)
  WHERE j.jobid = job_id
$$;
