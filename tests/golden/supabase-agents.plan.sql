-- pgdrift plan: turns the schema of fixtures/supabase-agents/production.dump.sql into the schema of fixtures/supabase-agents/staging.dump.sql
-- Run with: psql -v ON_ERROR_STOP=1 -f <this file>
-- 32 statements
-- warning: table public.agent_calls: column order differs (SELECT *, INSERT without a column list and COPY see it); PostgreSQL cannot reorder columns without rebuilding the table; not planned

SET check_function_bodies = false;
SELECT pg_catalog.set_config('search_path', '', false);

-- column public.agent_deployments.cost_per_sms changed
ALTER TABLE public.agent_deployments ALTER COLUMN cost_per_sms DROP DEFAULT;

-- constraint public.agent_emails.agent_emails_email_type_check changed
ALTER TABLE public.agent_emails DROP CONSTRAINT agent_emails_email_type_check;

-- index public.agent_calls.agent_calls_conversation_id_idx removed
DROP INDEX public.agent_calls_conversation_id_idx;

-- view public.v_agent_calls_enriched changed
DROP VIEW public.v_agent_calls_enriched;

-- view public.v_agent_communications removed
DROP VIEW public.v_agent_communications;

-- function public.get_consumption_kpi_metrics(uuid, timestamp with time zone, timestamp with time zone) removed
DROP FUNCTION public.get_consumption_kpi_metrics(uuid, timestamp with time zone, timestamp with time zone);

-- function public.get_consumption_pricing_by_agent(uuid) removed
DROP FUNCTION public.get_consumption_pricing_by_agent(uuid);

-- function public.get_chart_data(uuid, timestamp with time zone, timestamp with time zone, text) changed
ALTER FUNCTION public.get_chart_data(uuid, timestamp with time zone, timestamp with time zone, text) SET search_path TO 'public';

-- function public.get_financial_timeseries(timestamp with time zone, timestamp with time zone, text, uuid) changed
CREATE OR REPLACE FUNCTION public.get_financial_timeseries(p_start timestamp with time zone DEFAULT now() - '30 days'::interval, p_end timestamp with time zone DEFAULT now(), p_interval text DEFAULT 'day'::text, p_client_id uuid DEFAULT NULL::uuid)
    RETURNS TABLE(period timestamp with time zone, calls_cost numeric, sms_cost numeric, email_cost numeric, revenue numeric, margin numeric)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path TO 'public'
    AS $$
  with calls as (
    select date_trunc(p_interval, c.started_at) as period,
           sum(c.cost) as cost,
           sum(c.duration_seconds / 60.0 * d.cost_per_min) as revenue
    from agent_calls c
    join agent_deployments d on d.id = c.deployment_id
    where c.started_at >= p_start and c.started_at < p_end
      and (p_client_id is null or c.client_id = p_client_id)
    group by 1
  ),
  sms as (
    select date_trunc(p_interval, s.created_at) as period,
           sum(s.provider_cost) as cost,
           sum(coalesce(s.billed_amount, s.segments_count * coalesce(s.cost_per_segment, d.cost_per_sms))) as revenue
    from agent_sms s
    join agent_deployments d on d.id = s.deployment_id
    where s.created_at >= p_start and s.created_at < p_end
      and s.direction = 'outbound'
      and (p_client_id is null or s.client_id = p_client_id)
    group by 1
  ),
  emails as (
    select date_trunc(p_interval, e.created_at) as period,
           sum(e.cost) as cost,
           sum(d.cost_per_email) as revenue
    from agent_emails e
    join agent_deployments d on d.id = e.deployment_id
    where e.created_at >= p_start and e.created_at < p_end
      and e.direction = 'outbound'
      and (p_client_id is null or e.client_id = p_client_id)
    group by 1
  ),
  periods as (
    select generate_series(date_trunc(p_interval, p_start), date_trunc(p_interval, p_end), ('1 ' || p_interval)::interval) as period
  )
  select
    p.period,
    round(coalesce(c.cost, 0), 2),
    round(coalesce(s.cost, 0), 2),
    round(coalesce(e.cost, 0), 2),
    round(coalesce(c.revenue, 0) + coalesce(s.revenue, 0) + coalesce(e.revenue, 0), 2),
    round(coalesce(c.revenue, 0) + coalesce(s.revenue, 0) + coalesce(e.revenue, 0)
          - coalesce(c.cost, 0) - coalesce(s.cost, 0) - coalesce(e.cost, 0), 2)
  from periods p
  left join calls c on c.period = p.period
  left join sms s on s.period = p.period
  left join emails e on e.period = p.period
  order by p.period;
$$;

-- function public.get_latency_metrics(uuid, timestamp with time zone, timestamp with time zone) added
CREATE FUNCTION public.get_latency_metrics(p_client_id uuid, p_start timestamp with time zone DEFAULT now() - '30 days'::interval, p_end timestamp with time zone DEFAULT now())
    RETURNS jsonb
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path TO 'public'
    AS $$
  select jsonb_build_object(
    'calls_with_latency', count(*) filter (where avg_total_latency_ms is not null),
    'llm', jsonb_build_object('avg', round(avg(avg_llm_latency_ms)), 'min', min(min_llm_latency_ms), 'max', max(max_llm_latency_ms)),
    'tts', jsonb_build_object('avg', round(avg(avg_tts_latency_ms)), 'min', min(min_tts_latency_ms), 'max', max(max_tts_latency_ms)),
    'total', jsonb_build_object(
      'avg', round(avg(avg_total_latency_ms)),
      'p95', percentile_cont(0.95) within group (order by avg_total_latency_ms),
      'min', min(min_total_latency_ms),
      'max', max(max_total_latency_ms)
    )
  )
  from agent_calls
  where client_id = p_client_id
    and started_at >= p_start
    and started_at < p_end;
$$;
ALTER FUNCTION public.get_latency_metrics(uuid, timestamp with time zone, timestamp with time zone) OWNER TO postgres;
GRANT EXECUTE ON FUNCTION public.get_latency_metrics(uuid, timestamp with time zone, timestamp with time zone) TO anon;
GRANT EXECUTE ON FUNCTION public.get_latency_metrics(uuid, timestamp with time zone, timestamp with time zone) TO authenticated;
GRANT EXECUTE ON FUNCTION public.get_latency_metrics(uuid, timestamp with time zone, timestamp with time zone) TO service_role;

-- table public.profiles changed
REVOKE DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE public.profiles FROM anon;

-- column public.agent_calls.call_classification added
ALTER TABLE public.agent_calls ADD COLUMN call_classification text;

-- trigger public.agent_emails.update_agent_emails_updated_at added
CREATE TRIGGER update_agent_emails_updated_at BEFORE UPDATE ON public.agent_emails FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();

-- column public.agent_deployments.cost_per_sms changed
ALTER TABLE public.agent_deployments ALTER COLUMN cost_per_sms SET DEFAULT 0.0750;

-- constraint public.agent_emails.agent_emails_email_type_check changed
ALTER TABLE public.agent_emails ADD CONSTRAINT agent_emails_email_type_check CHECK (email_type = ANY(ARRAY['follow_up'::text, 'cold_email'::text, 'appointment_confirmation'::text, 'sequence_step'::text, 'transactional'::text, 'notification'::text])) NOT VALID;
-- hazard: scans the table to validate (SHARE UPDATE EXCLUSIVE lock: reads and writes continue)
ALTER TABLE public.agent_emails VALIDATE CONSTRAINT agent_emails_email_type_check;

-- view public.v_agent_calls_enriched changed
CREATE VIEW public.v_agent_calls_enriched WITH (security_invoker=true) AS
SELECT c.id, c.deployment_id, c.client_id, cl.name AS client_name, d.name AS deployment_name, t.slug AS agent_type_slug, c.direction, c.status, c.outcome, c.phone_number, c.started_at, c.ended_at, c.duration_seconds, round(c.duration_seconds::numeric / 60.0, 2) AS duration_minutes, c.summary, c.conversation_id, c.call_classification, c.call_quality_score, c.sentiment_analysis, CASE WHEN c.outcome = ANY(ARRAY['no_answer'::text, 'voicemail'::text, 'busy'::text, 'failed'::text]) THEN false ELSE true END AS is_answered, CASE WHEN c.outcome = ANY(ARRAY['appointment_booked'::text, 'qualified'::text, 'callback_scheduled'::text]) THEN true ELSE false END AS is_successful, c.cost, c.appointment_scheduled, c.created_at FROM public.agent_calls c JOIN public.agent_deployments d ON d.id = c.deployment_id JOIN public.clients cl ON cl.id = d.client_id JOIN public.agent_types t ON t.id = d.agent_type_id;
ALTER VIEW public.v_agent_calls_enriched OWNER TO postgres;
GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE public.v_agent_calls_enriched TO anon;
GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE public.v_agent_calls_enriched TO authenticated;
GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE public.v_agent_calls_enriched TO service_role;

-- view public.v_agent_communications_unified added
CREATE VIEW public.v_agent_communications_unified WITH (security_invoker=true) AS
(SELECT c.id, c.deployment_id, c.client_id, c.prospect_id, 'call'::text AS channel, c.direction, c.status, COALESCE(c.summary, c.outcome) AS preview, c.cost, COALESCE(c.started_at, c.created_at) AS occurred_at FROM public.agent_calls c UNION ALL SELECT s.id, s.deployment_id, s.client_id, s.prospect_id, 'sms'::text AS channel, s.direction, s.status, "left"(s.body, 160) AS preview, s.billed_amount AS cost, COALESCE(s.sent_at, s.created_at) AS occurred_at FROM public.agent_sms s) UNION ALL SELECT e.id, e.deployment_id, e.client_id, e.prospect_id, 'email'::text AS channel, e.direction, e.status, e.subject AS preview, e.cost, COALESCE(e.sent_at, e.created_at) AS occurred_at FROM public.agent_emails e;
ALTER VIEW public.v_agent_communications_unified OWNER TO postgres;
GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE public.v_agent_communications_unified TO anon;
GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE public.v_agent_communications_unified TO authenticated;
GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE public.v_agent_communications_unified TO service_role;

-- policy public.agent_sms."Users can view sms of their clients" changed
ALTER POLICY "Users can view sms of their clients" ON public.agent_sms TO authenticated USING (client_id IN (SELECT user_client_permissions.client_id FROM public.user_client_permissions WHERE user_client_permissions.user_id = auth.uid()));

-- view public.v_louis_agent_performance changed
ALTER VIEW public.v_louis_agent_performance SET (security_invoker=true);
