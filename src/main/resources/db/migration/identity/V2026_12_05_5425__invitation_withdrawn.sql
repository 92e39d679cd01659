-- A platform invitation withdrawn before it was used: when and by whom, so that its link can say so.
alter table identity.link_tokens add column revoked_at timestamptz;
alter table identity.link_tokens add column revoked_by bigint references identity.accounts (id) on delete set null;
