create schema if not exists organisations;

-- An organisation: a statistical office, a ministry, a civil-society organisation, an agency, ... Country is an
-- ISO 3166-1 code, or null for an international or regional organisation. The normalised name and acronym are
-- what matching compares (organisations.NameMatcher); two organisations may not share a normalised name.
create table organisations.organisations (
    id                 bigint generated always as identity primary key,
    name               text        not null,
    acronym            text        not null default '',
    kind               text        not null,
    country            text,
    website            text        not null default '',
    normalised_name    text        not null unique,
    normalised_acronym text        not null default '',
    created_by         bigint      not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null
);
create index organisations_acronym on organisations.organisations (normalised_acronym) where normalised_acronym <> '';

-- A person belongs to an organisation: claimed by the person (or matched from the name they typed), then
-- confirmed by a secretariat. confirmed_at null = claimed.
create table organisations.affiliations (
    account_id      bigint      not null,
    organisation_id bigint      not null references organisations.organisations (id) on delete cascade,
    claimed_at      timestamptz not null,
    confirmed_at    timestamptz,
    confirmed_by    bigint,
    primary key (account_id, organisation_id)
);
create index affiliations_organisation on organisations.affiliations (organisation_id);

-- An organisation that is a member of a community, and the accounts (members of that community) that represent it.
create table organisations.member_organisations (
    community_id    bigint      not null,
    organisation_id bigint      not null references organisations.organisations (id) on delete cascade,
    added_by        bigint      not null,
    added_at        timestamptz not null,
    primary key (community_id, organisation_id)
);
create index member_organisations_organisation on organisations.member_organisations (organisation_id);

create table organisations.representatives (
    community_id    bigint      not null,
    organisation_id bigint      not null,
    account_id      bigint      not null,
    named_by        bigint      not null,
    named_at        timestamptz not null,
    primary key (community_id, organisation_id, account_id),
    foreign key (community_id, organisation_id)
        references organisations.member_organisations (community_id, organisation_id) on delete cascade
);

-- The organisation names people typed as free text (identity's profiles, community's invitations), each once as
-- typed, with what it was matched or linked to. Read from those features' public APIs by TypedNameMatcher, never
-- from their tables; the typed text itself stays where it is. organisation_id null = not matched yet.
create table organisations.typed_names (
    name            text        primary key,
    normalised      text        not null,
    accounts        int         not null default 0,
    invitations     int         not null default 0,
    organisation_id bigint      references organisations.organisations (id) on delete set null,
    linked_by       bigint,
    seen_at         timestamptz not null
);

-- That a person's typed name has been turned into a claim on this organisation, once: a claim the person withdraws
-- is not made again by the next matching.
create table organisations.typed_matches (
    account_id      bigint not null,
    organisation_id bigint not null references organisations.organisations (id) on delete cascade,
    primary key (account_id, organisation_id)
);
