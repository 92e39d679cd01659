-- The audiences of a platform-wide survey (docs/evaluation.md#platform-wide-surveys): everyone on the platform
-- (PLATFORM), or the members of the communities its owner chose (COMMUNITIES, listed in surveys.wave_communities).
alter table surveys.waves drop constraint waves_audience_kind_check;
alter table surveys.waves add constraint waves_audience_kind_check
    check (audience_kind in ('COMMUNITY', 'TOPIC_GROUP', 'BODY', 'PUBLIC_LINK', 'PLATFORM', 'COMMUNITIES'));

-- a platform-wide wave made before asked "the community" of a survey that has none, which meant everyone
update surveys.waves set audience_kind = 'PLATFORM'
where audience_kind = 'COMMUNITY' and survey_id in (select id from surveys.surveys where community_id is null);

-- The communities whose members a COMMUNITIES wave asks (community_id: community.communities, another feature's).
create table surveys.wave_communities (
    wave_id      bigint not null references surveys.waves (id) on delete cascade,
    community_id bigint not null,
    primary key (wave_id, community_id)
);
