-- A column is renamed (or dropped and added: either way the result must match)
-- while a view, an expression index, a CHECK, a trigger's UPDATE OF and a
-- policy name it.
CREATE TABLE public.users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    mail text NOT NULL CHECK (mail LIKE '%@%'),
    nick text
);
CREATE UNIQUE INDEX users_mail_lower_idx ON public.users (lower(mail));
CREATE VIEW public.user_mails AS SELECT id, mail FROM public.users;
CREATE FUNCTION public.noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER users_mail_changed BEFORE UPDATE OF mail ON public.users FOR EACH ROW EXECUTE FUNCTION public.noop();
ALTER TABLE public.users ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_mail ON public.users USING (mail = current_user);
