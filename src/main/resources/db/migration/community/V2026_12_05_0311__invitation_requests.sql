-- An invitation may carry the invitee's name and organisation (from a bulk list or a request), to greet them
-- and to fill in their new account.
alter table community.invitations add column name text not null default '';
alter table community.invitations add column organisation text not null default '';
create index invitations_pending_email on community.invitations (community_id, email) where accepted_at is null and revoked_at is null;

-- Requests for an invitation from people without an account. The secretariat sees one only after its address
-- was confirmed by the e-mailed link; ip and email are kept to limit how many requests one sender makes.
create table community.invitation_requests (
    id             bigint generated always as identity primary key,
    community_id   bigint      not null references community.communities (id) on delete cascade,
    name           text        not null,
    email          text        not null,
    organisation   text        not null,
    country        char(2)     not null,
    motivation     text        not null,
    token_hash     bytea       not null unique,
    ip             text        not null,
    status         text        not null default 'UNCONFIRMED'
                   check (status in ('UNCONFIRMED', 'HAS_ACCOUNT', 'PENDING', 'APPROVED', 'DECLINED')),
    created_at     timestamptz not null,
    expires_at     timestamptz not null,
    confirmed_at   timestamptz,
    decided_by     bigint,
    decision_note  text,
    decided_at     timestamptz,
    invitation_id  bigint references community.invitations (id)
);
create index invitation_requests_pending on community.invitation_requests (community_id) where status = 'PENDING';
create index invitation_requests_email on community.invitation_requests (email, created_at);
create index invitation_requests_ip on community.invitation_requests (ip, created_at);
