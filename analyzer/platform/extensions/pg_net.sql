-- pg_net (asynchronous HTTP from SQL): the objects a migration may use once it runs
-- CREATE EXTENSION pg_net. Self-contained; written by the pgdrift project from pg_net's public
-- documentation and Supabase's (Database Webhooks, pg_net), for pg_net 0.19 as the Supabase
-- Postgres 15 image ships it. Bodies are stand-ins of the right signature and return type: the
-- real functions queue the request for pg_net's background worker and return its id.
-- Roles assumed (cluster-wide, not created here): anon, authenticated, service_role,
-- supabase_functions_admin.

CREATE SCHEMA net;
GRANT USAGE ON SCHEMA net TO anon, authenticated, service_role, supabase_functions_admin;

-- (~~* is ILIKE, spelled as the server stores it: pgdrift does not yet read the two as one.)
CREATE DOMAIN net.http_method AS text
  CHECK (VALUE ~~* 'get' OR VALUE ~~* 'post' OR VALUE ~~* 'delete');
CREATE TYPE net.request_status AS ENUM ('PENDING', 'SUCCESS', 'ERROR');
CREATE TYPE net.http_response AS (status_code integer, headers jsonb, body text);
CREATE TYPE net.http_response_result AS (status net.request_status, message text, response net.http_response);

-- Requests waiting for the worker; the worker deletes each one it sends.
CREATE UNLOGGED TABLE net.http_request_queue (
  id bigserial NOT NULL,
  method net.http_method NOT NULL,
  url text NOT NULL,
  headers jsonb NOT NULL,
  body bytea,
  timeout_milliseconds integer NOT NULL
);

-- One row per answered (or failed) request, kept for a while (pg_net.ttl).
CREATE UNLOGGED TABLE net._http_response (
  id bigint,
  status_code integer,
  content_type text,
  headers jsonb,
  content text,
  timed_out boolean,
  error_msg text,
  created timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX _http_response_created_idx ON net._http_response (created);

CREATE FUNCTION net.http_get(url text, params jsonb DEFAULT '{}', headers jsonb DEFAULT '{}',
                             timeout_milliseconds integer DEFAULT 5000)
  RETURNS bigint LANGUAGE sql VOLATILE AS $$
  INSERT INTO net.http_request_queue (method, url, headers, timeout_milliseconds)
  VALUES ('GET', url, headers, timeout_milliseconds) RETURNING id
$$;

CREATE FUNCTION net.http_post(url text, body jsonb DEFAULT '{}', params jsonb DEFAULT '{}',
                              headers jsonb DEFAULT '{"Content-Type": "application/json"}',
                              timeout_milliseconds integer DEFAULT 5000)
  RETURNS bigint LANGUAGE sql VOLATILE AS $$
  INSERT INTO net.http_request_queue (method, url, headers, body, timeout_milliseconds)
  VALUES ('POST', url, headers, convert_to(body::text, 'UTF8'), timeout_milliseconds) RETURNING id
$$;

CREATE FUNCTION net.http_delete(url text, params jsonb DEFAULT '{}', headers jsonb DEFAULT '{}',
                                timeout_milliseconds integer DEFAULT 5000, body jsonb DEFAULT NULL)
  RETURNS bigint LANGUAGE sql VOLATILE AS $$
  INSERT INTO net.http_request_queue (method, url, headers, body, timeout_milliseconds)
  VALUES ('DELETE', url, headers, convert_to(body::text, 'UTF8'), timeout_milliseconds) RETURNING id
$$;

-- Deprecated by pg_net, still callable: the response of a request, once the worker has it.
CREATE FUNCTION net.http_collect_response(request_id bigint, async boolean DEFAULT true)
  RETURNS net.http_response_result LANGUAGE sql STRICT AS $$
  SELECT ROW('PENDING', 'request pending', NULL)::net.http_response_result
$$;

-- Supabase's grants when pg_net is created (its grant_pg_net_access event trigger).
REVOKE ALL ON FUNCTION net.http_get(text, jsonb, jsonb, integer),
  net.http_post(text, jsonb, jsonb, jsonb, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION net.http_get(text, jsonb, jsonb, integer),
  net.http_post(text, jsonb, jsonb, jsonb, integer) TO anon, authenticated, service_role, supabase_functions_admin;
