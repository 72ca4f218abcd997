CREATE TABLE public.users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL CHECK (email LIKE '%@%'),
    nick text
);
CREATE UNIQUE INDEX users_mail_lower_idx ON public.users (lower(email));
CREATE VIEW public.user_mails AS SELECT id, email AS mail FROM public.users;
CREATE FUNCTION public.noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER users_mail_changed BEFORE UPDATE OF email ON public.users FOR EACH ROW EXECUTE FUNCTION public.noop();
ALTER TABLE public.users ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_mail ON public.users USING (email = current_user);
