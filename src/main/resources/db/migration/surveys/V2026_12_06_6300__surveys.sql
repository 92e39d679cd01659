create schema if not exists surveys;

-- A survey: a series of waves (baseline, midline, endpoint...) asked of one audience, belonging to a community or,
-- with no community, to the platform. The respondent mode is the series' own, since a pseudonym links a person's
-- answers across its waves. docs/evaluation.md#surveys says what each column means to the features built on it.
create table surveys.surveys (
    id                   bigint generated always as identity primary key,
    community_id         bigint,
    title                text        not null,
    description          text        not null default '',
    -- IDENTIFIED, PSEUDONYMOUS or ANONYMOUS; never made less private once a response exists (SetRespondentMode)
    respondent_mode      text        not null check (respondent_mode in ('IDENTIFIED', 'PSEUDONYMOUS', 'ANONYMOUS')),
    -- breakdowns with fewer respondents than this are suppressed in pseudonymous and anonymous modes
    small_cell_threshold integer     not null default 5 check (small_cell_threshold between 2 and 100),
    created_by           bigint      not null,
    created_at           timestamptz not null,
    updated_at           timestamptz not null
);
create index surveys_of_community on surveys.surveys (community_id, created_at desc);

-- Who owns a survey besides the community's secretariat: its creator, and whom the owners add.
create table surveys.owners (
    survey_id  bigint not null references surveys.surveys (id) on delete cascade,
    account_id bigint not null,
    primary key (survey_id, account_id)
);
create index owners_by_account on surveys.owners (account_id);

-- Who may read a survey's results (aggregates only, small cells suppressed), named by its owners.
create table surveys.analysts (
    survey_id  bigint not null references surveys.surveys (id) on delete cascade,
    account_id bigint not null,
    primary key (survey_id, account_id)
);

-- A wave of a survey, with its own version of the questions (questions keep their codes from wave to wave).
-- state: DRAFT (being built, answered by no one), OPEN (answered between opens_at and closes_at when set), CLOSED.
-- audience_kind: COMMUNITY, TOPIC_GROUP, BODY or PUBLIC_LINK (anyone with the link); audience_id the topic group or
-- body. The distribution feature fills and reads these; the builder copies them to the next wave.
create table surveys.waves (
    id            bigint generated always as identity primary key,
    survey_id     bigint      not null references surveys.surveys (id) on delete cascade,
    position      integer     not null check (position >= 1),
    label         text        not null,
    state         text        not null default 'DRAFT' check (state in ('DRAFT', 'OPEN', 'CLOSED')),
    opens_at      timestamptz,
    closes_at     timestamptz,
    audience_kind text        not null default 'COMMUNITY'
        check (audience_kind in ('COMMUNITY', 'TOPIC_GROUP', 'BODY', 'PUBLIC_LINK')),
    audience_id   bigint,
    created_at    timestamptz not null,
    unique (survey_id, position),
    check (closes_at is null or opens_at is null or opens_at < closes_at)
);

-- Sections of a wave, answered one per screen, in position order.
create table surveys.sections (
    id          bigint generated always as identity primary key,
    wave_id     bigint  not null references surveys.waves (id) on delete cascade,
    position    integer not null,
    title       text    not null,
    description text    not null default ''
);
create index sections_of_wave on surveys.sections (wave_id, position);

-- A question of a wave. code is stable across waves (answers are stored and compared by it) and unique in its wave,
-- removed questions included: a question removed after answers exist keeps its row (removed_at set) for the old
-- answers and is hidden from new respondents. kind: SINGLE_CHOICE, MULTIPLE_CHOICE, LIKERT, LIKERT_MATRIX, NUMBER,
-- SHORT_TEXT, LONG_TEXT, COUNTRY, RANKING. scale_points (5 or 7) for LIKERT and LIKERT_MATRIX; min/max for NUMBER.
-- A condition shows the question only if an earlier question's (condition_code) answer is or includes an option
-- (condition_option).
create table surveys.questions (
    id               bigint generated always as identity primary key,
    wave_id          bigint      not null references surveys.waves (id) on delete cascade,
    section_id       bigint      not null references surveys.sections (id) on delete cascade,
    position         integer     not null,
    code             text        not null,
    kind             text        not null check (kind in ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'LIKERT', 'LIKERT_MATRIX',
                                                          'NUMBER', 'SHORT_TEXT', 'LONG_TEXT', 'COUNTRY', 'RANKING')),
    text             text        not null,
    help             text        not null default '',
    required         boolean     not null default false,
    scale_points     integer check (scale_points in (5, 7)),
    min_value        numeric,
    max_value        numeric,
    condition_code   text,
    condition_option text,
    removed_at       timestamptz,
    check (min_value is null or max_value is null or min_value <= max_value),
    check ((condition_code is null) = (condition_option is null))
);
create unique index questions_code on surveys.questions (wave_id, lower(code));
create index questions_of_section on surveys.questions (section_id, position);

-- What a question offers: the choices of a choice or ranking question, the labelled points of a Likert scale
-- (codes '1'..'5' or '1'..'7', the point's number) and of each matrix item. Codes are stable across waves.
create table surveys.options (
    id          bigint generated always as identity primary key,
    question_id bigint      not null references surveys.questions (id) on delete cascade,
    position    integer     not null,
    code        text        not null,
    label       text        not null,
    removed_at  timestamptz
);
create unique index options_code on surveys.options (question_id, lower(code));

-- The rows of a matrix of Likert items, each answered on the question's scale.
create table surveys.items (
    id          bigint generated always as identity primary key,
    question_id bigint      not null references surveys.questions (id) on delete cascade,
    position    integer     not null,
    code        text        not null,
    label       text        not null,
    removed_at  timestamptz
);
create unique index items_code on surveys.items (question_id, lower(code));

-- One respondent's response to one wave, saved section by section until submitted. Who it belongs to depends on the
-- survey's mode, and only one of these is ever set:
--   account_id  IDENTIFIED: the account;
--   pseudonym   PSEUDONYMOUS: HMAC-SHA-256(server secret, survey id and account id), the same in every wave of the
--               survey and in no other survey, so waves pair without naming anyone;
--   resume_key  ANONYMOUS (or a public link): a keyed hash of the personal or public link's secret while the response
--               is in progress, set to null when it is submitted: nothing links an anonymous answer to a person or
--               an invitation then.
-- country and organisation_kind are kept at the first save, for the results' filters (small cells suppressed).
create table surveys.responses (
    id                bigint generated always as identity primary key,
    survey_id         bigint      not null references surveys.surveys (id) on delete cascade,
    wave_id           bigint      not null references surveys.waves (id) on delete cascade,
    account_id        bigint,
    pseudonym         text,
    resume_key        text,
    country           text,
    organisation_kind text,
    sections_saved    integer     not null default 0,
    started_at        timestamptz not null,
    updated_at        timestamptz not null,
    submitted_at      timestamptz,
    check (num_nonnulls(account_id, pseudonym) <= 1)
);
create unique index responses_of_account on surveys.responses (wave_id, account_id) where account_id is not null;
create unique index responses_of_pseudonym on surveys.responses (wave_id, pseudonym) where pseudonym is not null;
create unique index responses_resume_key on surveys.responses (resume_key) where resume_key is not null;
create index responses_of_wave on surveys.responses (wave_id, submitted_at);
create index responses_of_survey on surveys.responses (survey_id);

-- One row per answer, so results aggregate by (wave, question code, option code) without reading whole responses:
--   choice, COUNTRY (ISO 3166 alpha-2 code): option_code; MULTIPLE_CHOICE: one row per option chosen;
--   LIKERT: option_code the point ('1'..'7') and number the same point, for means and medians;
--   LIKERT_MATRIX: one row per item (item_code), option_code and number as for LIKERT;
--   RANKING: one row per option ranked, number its rank (1 first);
--   NUMBER: number; SHORT_TEXT, LONG_TEXT: text.
-- A section saved again replaces its answers (delete and insert in one transaction): nothing doubles.
create table surveys.answers (
    response_id   bigint  not null references surveys.responses (id) on delete cascade,
    wave_id       bigint  not null,
    question_code text    not null,
    item_code     text    not null default '',
    option_code   text    not null default '',
    number        numeric,
    text          text,
    primary key (response_id, question_code, item_code, option_code)
);
create index answers_by_question on surveys.answers (wave_id, question_code, item_code, option_code);

-- The server's keys of this feature, each made once by the first server that needs it (platform.ServerKey):
-- PSEUDONYM keys respondents' pseudonyms, RESUME keys the hash of an in-progress anonymous response's link secret
-- (so that it differs from the invitation's own hash of the same secret and the two tables cannot be joined on it).
create table surveys.keys (
    purpose text  primary key check (purpose in ('PSEUDONYM', 'RESUME')),
    key     bytea not null
);
