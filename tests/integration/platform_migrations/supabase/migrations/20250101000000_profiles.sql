-- A profile per Auth user, created by a trigger on auth.users.
create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  display_name text,
  avatar_path text,
  created_at timestamptz not null default now()
);
alter table public.profiles enable row level security;

create policy "profiles are readable by their user" on public.profiles
  for select to authenticated using ((select auth.uid()) = id);
create policy "profiles are editable by their user" on public.profiles
  for update to authenticated using (auth.uid() = id) with check (auth.uid() = id);

create function public.handle_new_user() returns trigger
  language plpgsql security definer set search_path = ''
  as $$
begin
  insert into public.profiles (id, display_name)
  values (new.id, new.raw_user_meta_data ->> 'full_name');
  return new;
end;
$$;

create trigger on_auth_user_created after insert on auth.users
  for each row execute function public.handle_new_user();

-- Who signed up when, for the service role only.
create view public.signups with (security_invoker = true) as
  select u.id, u.email, u.created_at, u.is_anonymous from auth.users u;
revoke all on public.signups from anon, authenticated;
