create schema if not exists identity;

create table identity.accounts (
    id                bigint generated always as identity primary key,
    email             text        not null,
    email_verified    boolean     not null default false,
    password_hash     text,
    display_name      text        not null,
    organisation      text        not null default '',
    organisation_kind text        not null default 'INDIVIDUAL',
    country           char(2),
    time_zone         text,
    languages         text[]      not null default '{}',
    bio               text        not null default '',
    platform_role     text        not null default 'NONE' check (platform_role in ('NONE', 'SECRETARIAT', 'ADMINISTRATOR')),
    status            text        not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED')),
    -- bumped on password change or suspension: sessions carrying an older value end
    session_version   int         not null default 1,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);
create unique index accounts_email_key on identity.accounts (lower(email));

-- Single-use links sent by e-mail: first-run set-up, sign-up invitation, e-mail verification, password reset,
-- change of e-mail. Only a hash of the secret is stored.
create table identity.link_tokens (
    id          bigint generated always as identity primary key,
    purpose     text        not null check (purpose in ('SETUP', 'SIGN_UP_INVITATION', 'VERIFY_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL')),
    token_hash  bytea       not null unique,
    account_id  bigint references identity.accounts (id) on delete cascade,
    email       text,
    created_by  bigint references identity.accounts (id) on delete set null,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    used_at     timestamptz
);

create table identity.access_tokens (
    id            bigint generated always as identity primary key,
    account_id    bigint      not null references identity.accounts (id) on delete cascade,
    name          text        not null,
    scopes        text[]      not null,
    token_hash    bytea       not null unique,
    created_at    timestamptz not null default now(),
    expires_at    timestamptz,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index access_tokens_account on identity.access_tokens (account_id);

create table identity.sign_in_attempts (
    id             bigint generated always as identity primary key,
    email          text        not null,
    client_address text        not null,
    succeeded      boolean     not null,
    attempted_at   timestamptz not null default now()
);
create index sign_in_attempts_email on identity.sign_in_attempts (lower(email), attempted_at);
create index sign_in_attempts_address on identity.sign_in_attempts (client_address, attempted_at);

create table identity.settings (
    name  text primary key,
    value text not null
);
