-- Avatars in Storage: one folder per user.
insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
values ('avatars', 'avatars', true, 1048576, array['image/png', 'image/jpeg']);

create policy "avatars are uploaded to the user's folder" on storage.objects
  for insert to authenticated
  with check (bucket_id = 'avatars' and (storage.foldername(name))[1] = (select auth.uid())::text);
create policy "avatars are public" on storage.objects
  for select using (bucket_id = 'avatars' and storage.extension(name) in ('png', 'jpg'));

-- Chat rooms, their changes streamed by Realtime, their private channel authorized by RLS.
create table public.rooms (
  id bigint generated always as identity primary key,
  owner_id uuid not null default auth.uid() references auth.users (id),
  topic text not null unique
);
alter table public.rooms enable row level security;
alter publication supabase_realtime add table public.rooms;

create policy "room owners receive their room's broadcasts" on realtime.messages
  for select to authenticated
  using (exists (select from public.rooms r where r.topic = (select realtime.topic()) and r.owner_id = auth.uid()));

create function public.announce(room_topic text, message jsonb) returns void
  language sql security definer set search_path = ''
  as $$ select realtime.send(message, 'announcement', room_topic, true) $$;

-- The webhook signing key, kept in Vault.
create function public.webhook_key() returns text
  language sql stable security definer set search_path = ''
  as $$ select decrypted_secret from vault.decrypted_secrets where name = 'webhook_key' $$;
revoke execute on function public.webhook_key() from public, anon, authenticated;
