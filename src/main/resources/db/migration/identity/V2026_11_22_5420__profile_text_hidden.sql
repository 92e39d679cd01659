-- A moderator hid the free text of a profile (the bio): it is kept, and shown nowhere until restored.
alter table identity.accounts add column bio_hidden_at timestamptz;
