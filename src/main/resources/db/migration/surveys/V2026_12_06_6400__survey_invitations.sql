-- Distribution and answering (docs/evaluation.md#distribution-and-answering).

-- A person invited to answer a wave, with their personal link. The link's secret is never stored: it is an HMAC of
-- the nonce under the INVITATION key (so that a reminder can send the same link again), and only its SHA-256 hash is
-- kept for finding the invitation from a link. answered says only whether the person submitted, never when, so
-- that nothing joins an anonymous response to the invitation by its time.
create table surveys.invitations (
    id          bigint generated always as identity primary key,
    wave_id     bigint      not null references surveys.waves (id) on delete cascade,
    account_id  bigint      not null,
    nonce       bytea       not null,
    token_hash  bytea       not null unique,
    answered    boolean     not null default false,
    invited_at  timestamptz not null,
    reminded_at timestamptz,
    unique (wave_id, account_id)
);

-- A wave's public link (audience PUBLIC_LINK): anyone who has it starts a fresh response. The secret is an HMAC of
-- the nonce under the INVITATION key, shown again to owners; its SHA-256 hash finds the wave.
create table surveys.public_links (
    wave_id    bigint      primary key references surveys.waves (id) on delete cascade,
    nonce      bytea       not null,
    token_hash bytea       not null unique,
    created_at timestamptz not null
);

-- The key that makes link secrets from nonces.
alter table surveys.keys drop constraint keys_purpose_check;
alter table surveys.keys add constraint keys_purpose_check check (purpose in ('PSEUDONYM', 'RESUME', 'INVITATION'));
