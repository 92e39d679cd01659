package org.statcommons.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.Permissions;
import org.statcommons.access.PlatformRole;
import org.statcommons.content.Author;
import org.statcommons.content.PageEdit;
import org.statcommons.content.SavePage;
import org.statcommons.content.SetUpSpace;
import org.statcommons.decisions.DecisionKind;
import org.statcommons.decisions.DecisionVisibility;
import org.statcommons.decisions.Decisions;
import org.statcommons.decisions.Majority;
import org.statcommons.decisions.NewDecision;
import org.statcommons.decisions.Quorum;
import org.statcommons.decisions.TallyShown;
import org.statcommons.identity.Account;
import org.statcommons.identity.TokenScope;
import org.statcommons.search.Search;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * THE permission matrix: every action for every kind of person, in communities with each join policy,
 * against the expected table below (docs/roles.md says the same in words). Then every page and API
 * endpoint behind an action is called by each person the table refuses, and must refuse too: a sign-in
 * redirect or 401 problem for anonymous visitors, 403 for others, and no change in the database. Last, every
 * HTML route there is (read from the application's handler mappings, so a new page cannot be forgotten) is
 * called with each kind of personal access token of an administrator, and must refuse it: a token reaches
 * only the API and Git.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommunityPermissionMatrixIntegrationTests {

    @Autowired
    Fixtures fixtures;

    /** The people in the matrix, in the order of the table's columns. */
    enum Who {
        ANONYMOUS,
        NON_MEMBER,
        GUEST,
        MEMBER,
        FACILITATOR,
        MODERATOR,
        LEADER,
        SECRETARIAT,
        EXPIRED_GUEST,
        PLATFORM_SECRETARIAT,
        ADMINISTRATOR,
        SUSPENDED_FACILITATOR
    }

    /**
     * + allowed, - refused, O allowed only in open communities, R allowed only in communities that take
     * requests, A allowed in both of those (not in communities by invitation only), E allowed only where members
     * may edit pages directly (the open community here).
     * PLATFORM_SECRETARIAT is a platform secretariat account that is not a member; SUSPENDED_FACILITATOR (susp)
     * a facilitator whom a moderator suspended: they keep reading and lose everything else.
     */
    private static final String EXPECTED = """
            action                  anon non guest memb faci mode lead secr expg psec admin  susp
            VIEW_COMMUNITY_LANDING   +    +    +    +    +    +    +    +    +    +    +    +
            VIEW_COMMUNITY_INSIDE    -    -    +    +    +    +    +    +    -    -    +    +
            JOIN_COMMUNITY           -    O    -    -    -    -    -    -    O    O    O    -
            REQUEST_MEMBERSHIP       -    R    -    -    -    -    -    -    R    R    R    -
            REQUEST_INVITATION       A    -    -    -    -    -    -    -    -    -    -    -
            LEAVE_COMMUNITY          -    -    +    +    +    +    +    +    -    -    -    +
            INVITE_MEMBER            -    -    -    -    +    +    +    +    -    -    +    -
            INVITE_WITH_ROLE         -    -    -    -    -    -    -    +    -    -    +    -
            NOMINATE_MEMBER          -    -    -    +    +    +    +    +    -    -    +    -
            DECIDE_MEMBERSHIP        -    -    -    -    -    -    -    +    -    -    +    -
            CHANGE_ROLE              -    -    -    -    -    -    -    +    -    -    +    -
            APPOINT_FOCAL_POINT      -    -    -    -    -    -    -    +    -    -    +    -
            REMOVE_MEMBER            -    -    -    -    -    -    -    +    -    -    +    -
            EDIT_COMMUNITY           -    -    -    -    -    -    -    +    -    -    +    -
            EDIT_CODE_OF_CONDUCT     -    -    -    -    -    -    -    +    -    -    +    -
            MANAGE_TOPIC_GROUPS      -    -    -    -    +    -    -    +    -    -    +    -
            JOIN_TOPIC_GROUP         -    -    -    +    +    +    +    +    -    -    +    -
            VIEW_AUDIT_LOG           -    -    -    -    -    +    -    +    -    -    +    -
            VIEW_SPACE               -    -    +    +    +    +    +    +    -    -    +    +
            EDIT_PAGE                -    -    -    E    +    +    +    +    -    -    +    -
            PROPOSE_CHANGE           -    -    -    +    +    +    +    +    -    -    +    -
            PUBLISH_PAGE             -    -    -    -    +    -    -    +    -    -    +    -
            REVIEW_PROPOSAL          -    -    -    -    +    +    +    +    -    -    +    -
            COMMENT_ON_PAGE          -    -    +    +    +    +    +    +    -    -    +    -
            VIEW_MEETINGS            -    -    +    +    +    +    +    +    -    -    +    +
            ORGANISE_MEETING         -    -    -    -    +    -    -    +    -    -    +    -
            VIEW_DISCUSSIONS         -    -    +    +    +    +    +    +    -    -    +    +
            POST_IN_DISCUSSIONS      -    -    +    +    +    +    +    +    -    -    +    -
            MANAGE_DISCUSSIONS       -    -    -    -    +    +    -    +    -    -    +    -
            SEND_NEWSLETTER          -    -    -    -    -    -    -    +    -    -    +    -
            MODERATE_CONTENT         -    -    -    -    -    +    -    +    -    -    +    -
            SUSPEND_MEMBER           -    -    -    -    -    +    -    +    -    -    +    -
            PROPOSE_DECISION         -    -    -    +    +    +    +    +    -    -    +    -
            VOTE_IN_DECISIONS        -    -    +    +    +    +    +    +    -    -    +    -
            FACILITATE_DECISIONS     -    -    -    -    +    -    -    +    -    -    +    -
            MANAGE_DRIVES            -    -    -    -    -    -    -    +    -    -    +    -
            CREATE_COMMUNITY         -    -    -    -    -    -    -    -    -    +    +    -
            INVITE_TO_PLATFORM       -    -    -    -    -    -    -    -    -    +    +    -
            MANAGE_PLATFORM          -    -    -    -    -    -    -    -    -    -    +    -
            BACK_UP                  -    -    -    -    -    -    -    -    -    -    +    -
            VIEW_PROFILES            -    +    +    +    +    +    +    +    +    +    +    +
            FLAG_CONTENT             -    +    +    +    +    +    +    +    +    +    +    +
            DOWNLOAD_OWN_DATA        -    +    +    +    +    +    +    +    +    +    +    +
            CLOSE_OWN_ACCOUNT        -    +    +    +    +    +    +    +    +    +    +    +
            ACT_ON_PERSONAL_DATA_REQUESTS - - -  -    -    -    -    -    -    -    +    -
            MANAGE_ORGANISATIONS     -    -    -    -    -    -    -    -    -    +    +    -
            CLAIM_AFFILIATION        -    +    +    +    +    +    +    +    +    +    +    +
            MANAGE_MEMBER_ORGANISATIONS - - -    -    -    -    -    +    -    -    +    -
            MANAGE_BODIES            -    -    -    -    -    -    -    +    -    -    +    -
            MANAGE_CO_LEADS          -    -    -    -    -    -    -    +    -    -    +    -
            NOMINATE_CANDIDATE       -    -    -    +    +    +    +    +    -    -    +    -
            MANAGE_OUTPUTS           -    -    -    -    +    -    -    +    -    -    +    -
            RECORD_OUTPUT_SUBMISSION -    -    -    -    -    -    -    +    -    -    +    -
            PROPOSE_BODY_DECISION    -    -    -    -    -    -    -    +    -    -    +    -
            VIEW_BODY_SPACE          -    -    -    -    -    -    -    +    -    -    +    -
            EDIT_BODY_SPACE          -    -    -    -    -    -    -    +    -    -    +    -
            PROPOSE_WORKSTREAM       -    -    -    +    +    +    +    +    -    -    +    -
            LEAD_WORKSTREAM          -    -    -    -    -    -    -    +    -    -    +    -
            MANAGE_WORKPLANS         -    -    -    -    -    -    -    +    -    -    +    -
            GENERATE_PROGRESS_REPORT -    -    -    -    -    -    -    +    -    -    +    -
            CREATE_SURVEY            -    -    -    -    +    -    -    +    -    -    +    -
            MANAGE_SURVEYS           -    -    -    -    -    -    -    +    -    -    +    -
            ANSWER_SURVEYS           -    -    +    +    +    +    +    +    -    -    +    -
            VIEW_SURVEY_RESULTS      -    -    -    -    -    -    -    +    -    -    +    -
            VIEW_SURVEY_RESPONSES    -    -    -    -    -    -    -    +    -    -    +    -
            MANAGE_PLATFORM_SURVEYS  -    -    -    -    -    -    -    -    -    +    +    -
            VIEW_INSIGHTS            -    -    -    -    +    -    +    +    -    -    +    -
            GENERATE_EVALUATION_REPORT - -   -    -    -    -    -    +    -    -    +    -
            VIEW_DATA_DRAFTS         -    -    +    +    +    +    +    +    -    -    +    +
            EDIT_DATASETS            -    -    -    -    -    -    -    +    -    -    +    -
            RELEASE_DATASETS         -    -    -    -    -    -    -    +    -    -    +    -
            MANAGE_DATA_TEAM         -    -    -    -    -    -    -    +    -    -    +    -
            MANAGE_HARVEST_SOURCES   -    -    -    -    -    -    -    +    -    -    +    -
            REQUEST_DATA             -    +    +    +    +    +    +    +    +    +    +    -
            ANSWER_DATA_REQUESTS     -    -    -    -    -    -    -    +    -    -    +    -
            COMMENT_ON_DATASETS      -    +    +    +    +    +    +    +    +    +    +    -
            VIEW_COURSES             -    -    +    +    +    +    +    +    -    -    +    +
            EDIT_COURSES             -    -    -    +    +    +    +    +    -    -    +    -
            MAINTAIN_COURSES         -    -    -    -    +    -    +    +    -    -    +    -
            ENROL_IN_COURSES         -    +    +    +    +    +    +    +    +    +    +    -
            ASSESS_CAPABILITIES      -    -    -    -    -    -    -    -    -    +    +    -
            """;

    @Autowired
    JdbcClient db;

    @Autowired
    Communities communityTable;

    @Autowired
    Permissions permissions;

    @Autowired
    CreateCommunity createCommunity;

    @Autowired
    CreateTopicGroup createTopicGroup;

    @Autowired
    SavePage savePage;

    @Autowired
    SetUpSpace spaceSetup;

    @Autowired
    Search search;

    @Autowired
    Decisions decisions;

    @Autowired
    java.time.Clock clock;

    @Autowired
    Memberships memberships;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMappings;

    final Map<Who, Account> accounts = new EnumMap<>(Who.class);
    final Map<JoinPolicy, Community> communities = new EnumMap<>(JoinPolicy.class);
    /** Per community, a decision only members may read, open for a week, every member eligible. */
    final Map<Long, Long> membersOnlyDecisions = new java.util.HashMap<>();

    /** A survey of each community (its survey, wave, section and question ids), owned by its founder alone. */
    final Map<Long, long[]> matrixSurveys = new java.util.HashMap<>();

    /** A body of each community, with no seat filled: only the secretariat may propose to it. */
    final Map<Long, Long> matrixBodies = new java.util.HashMap<>();

    Account target;

    @BeforeAll
    void setUp() {
        Account founder = fixtures.account("Founder", "FJ", "INTERNATIONAL", PlatformRole.SECRETARIAT);
        for (Who who : Who.values()) {
            if (who != Who.ANONYMOUS) {
                PlatformRole platformRole = who == Who.ADMINISTRATOR
                        ? PlatformRole.ADMINISTRATOR
                        : who == Who.PLATFORM_SECRETARIAT ? PlatformRole.SECRETARIAT : PlatformRole.NONE;
                accounts.put(
                        who,
                        fixtures.account(
                                "Matrix " + who.name().toLowerCase(),
                                "FJ",
                                "NATIONAL_STATISTICAL_OFFICE",
                                platformRole));
            }
        }
        target = fixtures.account("Matrix target");
        for (JoinPolicy policy : JoinPolicy.values()) {
            Community community = createCommunity.create(
                    founder.actor(),
                    new NewCommunity(
                            Fixtures.uniqueSlug(
                                    "matrix-" + policy.name().toLowerCase().replace('_', '-')),
                            "Matrix " + policy,
                            "Testing who may do what",
                            "",
                            policy));
            communities.put(policy, community);
            // the matrix is about reading roles, so they are put in place directly
            fixtures.join(community, accounts.get(Who.GUEST), CommunityRole.GUEST);
            fixtures.join(community, accounts.get(Who.MEMBER), CommunityRole.MEMBER);
            fixtures.join(community, accounts.get(Who.FACILITATOR), CommunityRole.FACILITATOR);
            fixtures.join(community, accounts.get(Who.MODERATOR), CommunityRole.MODERATOR);
            fixtures.join(community, accounts.get(Who.LEADER), CommunityRole.LEADER);
            fixtures.join(community, accounts.get(Who.SECRETARIAT), CommunityRole.SECRETARIAT);
            fixtures.joinAsGuest(community, accounts.get(Who.EXPIRED_GUEST), -1);
            fixtures.join(community, accounts.get(Who.SUSPENDED_FACILITATOR), CommunityRole.FACILITATOR);
            db.sql(
                            "update community.memberships set suspended_until = now() + interval '7 days' where community_id = ? and account_id = ?")
                    .params(
                            community.id(),
                            accounts.get(Who.SUSPENDED_FACILITATOR).id())
                    .update();
            fixtures.join(community, target, CommunityRole.MEMBER);
            createTopicGroup.create(founder.actor(), community, new NewTopicGroup("matrix-topic", "Matrix topic", ""));
            db.sql("update community.communities set members_edit_directly = ? where id = ?")
                    .params(policy == JoinPolicy.OPEN, community.id())
                    .update();
            // the community is kept in memory across requests: changed by SQL, it is forgotten by hand
            communityTable.forget(community.id());
            matrixBodies.put(
                    community.id(),
                    db.sql("""
                                    insert into bodies.bodies (community_id, name, created_by, created_at)
                                    values (?, 'Matrix body', ?, now()) returning id""")
                            .params(community.id(), founder.id())
                            .query(Long.class)
                            .single());
            long survey = db.sql("""
                            insert into surveys.surveys (community_id, title, respondent_mode, created_by, created_at, updated_at)
                            values (?, 'Matrix survey', 'IDENTIFIED', ?, now(), now()) returning id""")
                    .params(community.id(), founder.id())
                    .query(Long.class)
                    .single();
            db.sql("insert into surveys.owners (survey_id, account_id) values (?, ?)")
                    .params(survey, founder.id())
                    .update();
            long wave = db.sql("""
                            insert into surveys.waves (survey_id, position, label, created_at)
                            values (?, 1, 'Baseline', now()) returning id""").param(survey).query(Long.class).single();
            long section = db.sql(
                            "insert into surveys.sections (wave_id, position, title) values (?, 1, 'Matrix') returning id")
                    .param(wave)
                    .query(Long.class)
                    .single();
            long question = db.sql("""
                            insert into surveys.questions (wave_id, section_id, position, code, kind, text)
                            values (?, ?, 1, 'q1', 'SHORT_TEXT', 'Matrix?') returning id""").params(wave, section).query(Long.class).single();
            matrixSurveys.put(community.id(), new long[] {survey, wave, section, question});
            membersOnlyDecisions.put(
                    community.id(),
                    decisions.propose(
                            community.id(),
                            founder.id(),
                            founder.displayName(),
                            new NewDecision(
                                    "Matrix decision",
                                    "",
                                    DecisionKind.CONSENT,
                                    clock.instant().plus(java.time.Duration.ofDays(7)),
                                    DecisionVisibility.MEMBERS,
                                    TallyShown.AFTER_VOTING,
                                    new Quorum(0),
                                    Majority.SIMPLE,
                                    5,
                                    1,
                                    List.of(),
                                    null,
                                    null),
                            memberships.accountIds(community.id()),
                            null));
        }
    }

    private Actor actor(Who who) {
        return who == Who.ANONYMOUS ? Actor.anonymous() : accounts.get(who).actor();
    }

    private static Map<Action, Map<Who, String>> expectedTable() {
        Map<Action, Map<Who, String>> table = new EnumMap<>(Action.class);
        String[] lines = EXPECTED.strip().split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].trim().split("\\s+");
            Map<Who, String> row = new EnumMap<>(Who.class);
            for (Who who : Who.values()) {
                row.put(who, cells[1 + who.ordinal()]);
            }
            table.put(Action.valueOf(cells[0]), row);
        }
        return table;
    }

    private static boolean expected(String cell, JoinPolicy policy) {
        return switch (cell) {
            case "+" -> true;
            case "-" -> false;
            case "O" -> policy == JoinPolicy.OPEN;
            case "R" -> policy == JoinPolicy.BY_REQUEST;
            case "E" -> policy == JoinPolicy.OPEN;
            case "A" -> policy != JoinPolicy.BY_INVITATION;
            default -> throw new IllegalStateException("Unknown cell " + cell);
        };
    }

    @Test
    void theTableCoversEveryActionAndPerson() {
        assertThat(expectedTable().keySet()).containsExactlyInAnyOrder(Action.values());
    }

    @Test
    void thePolicyAnswersExactlyAsTheTableSays() {
        List<String> unexpected = new ArrayList<>();
        expectedTable()
                .forEach((action, row) -> row.forEach((who, cell) -> {
                    for (JoinPolicy policy : JoinPolicy.values()) {
                        boolean allowed = action.communityScoped()
                                ? permissions.may(
                                        actor(who),
                                        action,
                                        communities.get(policy).id())
                                : permissions.may(actor(who), action);
                        if (allowed != expected(cell, policy)) {
                            unexpected.add(
                                    (allowed ? "ALLOWED " : "refused ") + action + " for " + who + " in " + policy);
                        }
                        if (action.communityScoped()
                                && permissions
                                                .allowedIn(
                                                        actor(who),
                                                        communities.get(policy).id())
                                                .contains(action)
                                        != allowed) {
                            unexpected.add(
                                    "allowedIn disagrees with may on " + action + " for " + who + " in " + policy);
                        }
                    }
                }));
        assertThat(unexpected).as("answers that differ from the table").isEmpty();
    }

    @Test
    void aCommunityThatDoesNotExistAllowsNothing() {
        for (Action action : Action.values()) {
            if (action.communityScoped()) {
                assertThat(permissions.may(actor(Who.ADMINISTRATOR), action, 987_654_321L))
                        .as(action.name())
                        .isFalse();
            }
        }
        assertThat(permissions.allowedIn(actor(Who.ADMINISTRATOR), 987_654_321L))
                .isEmpty();
    }

    @Test
    void searchFindsPrivatePagesExactlyWhereTheTableLetsPeopleReadTheSpace() {
        Map<Action, Map<Who, String>> table = expectedTable();
        List<String> wrong = new ArrayList<>();
        for (JoinPolicy policy : JoinPolicy.values()) {
            Community community = communities.get(policy);
            String word = "matrixword" + community.id() + "x" + System.nanoTime();
            spaceSetup.ensure(community.id());
            savePage.save(
                    community.id(),
                    new PageEdit("matrix-search.md", "Matrix search", word, null, ""),
                    new Author("Founder", "f@example.org"));
            for (Who who : Who.values()) {
                boolean found = !search.search(actor(who), word, 0).results().isEmpty();
                if (found != expected(table.get(Action.VIEW_SPACE).get(who), policy)) {
                    wrong.add((found ? "FOUND " : "missed ") + "a private page for " + who + " in " + policy);
                }
            }
        }
        assertThat(wrong).as("search answers that differ from VIEW_SPACE").isEmpty();
    }

    /**
     * A body's members-only space over Git, as every person of the table with their own Git token: those who may not
     * read it are told it does not exist (404, as for an unknown repository), for a clone and for a push alike; those
     * who may, find it. Signed out, Git is asked for credentials (401).
     */
    @Test
    void aBodysSpaceIsNotFoundWithGitByEveryoneTheTableRefuses() {
        Map<Action, Map<Who, String>> table = expectedTable();
        Map<Who, String[]> credentials = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            if (who != Who.ANONYMOUS) {
                Account account = accounts.get(who);
                String basic = java.util.Base64.getEncoder()
                        .encodeToString((account.email() + ":" + fixtures.gitToken(account))
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                credentials.put(who, new String[] {"Authorization", "Basic " + basic});
            }
        }
        List<String> wrong = new ArrayList<>();
        for (JoinPolicy policy : JoinPolicy.values()) {
            Community c = communities.get(policy);
            String repository = "/git/" + c.slug() + "/bodies/" + matrixBodies.get(c.id()) + ".git";
            for (Who who : Who.values()) {
                boolean reads = expected(table.get(Action.VIEW_BODY_SPACE).get(who), policy);
                boolean writes = expected(table.get(Action.EDIT_BODY_SPACE).get(who), policy);
                for (String service : List.of("git-upload-pack", "git-receive-pack")) {
                    Page refs = fixtures.anonymous()
                            .getNoFollow(
                                    repository + "/info/refs?service=" + service,
                                    credentials.getOrDefault(who, new String[0]));
                    int wanted = who == Who.ANONYMOUS
                            ? 401
                            : !reads ? 404 : service.equals("git-receive-pack") && !writes ? 403 : 200;
                    if (refs.status() != wanted) {
                        wrong.add(service + " of " + repository + " as " + who + ": " + refs.status() + ", expected "
                                + wanted);
                    }
                }
            }
        }
        assertThat(wrong).as("Git answers that differ from the table").isEmpty();
    }

    /**
     * One page or API call that needs an action; {@code proposersSentOn}: those refused who may propose changes are
     * sent on to the proposal form instead (303), the way a member who may not edit starts a page.
     */
    record Endpoint(
            Action action,
            boolean api,
            String method,
            String path,
            Map<String, String> form,
            String json,
            boolean proposersSentOn) {}

    private List<Endpoint> endpoints(Community c) {
        String s = c.slug();
        String api = "/api/v1/communities/" + s;
        long m = target.id();
        List<Endpoint> list = new ArrayList<>();
        list.add(page(Action.VIEW_COMMUNITY_INSIDE, "GET", "/c/" + s + "/members", Map.of()));
        list.add(page(Action.VIEW_COMMUNITY_INSIDE, "GET", "/c/" + s + "/topics", Map.of()));
        list.add(page(Action.VIEW_COMMUNITY_INSIDE, "GET", "/c/" + s + "/topics/matrix-topic", Map.of()));
        list.add(page(Action.VIEW_COMMUNITY_INSIDE, "GET", "/c/" + s + "/members/" + m, Map.of()));
        list.add(api(Action.VIEW_COMMUNITY_INSIDE, "GET", api + "/memberships", null));
        list.add(page(
                Action.JOIN_COMMUNITY,
                "POST",
                "/c/" + s + "/join",
                Map.of("acceptConduct", "true", "conductVersion", "1")));
        list.add(api(
                Action.JOIN_COMMUNITY,
                "POST",
                api + "/memberships",
                "{\"acceptCodeOfConduct\":true,\"codeOfConductVersion\":1}"));
        list.add(page(
                Action.REQUEST_MEMBERSHIP,
                "POST",
                "/c/" + s + "/request",
                Map.of("motivation", "Let me in", "acceptConduct", "true", "conductVersion", "1")));
        list.add(api(
                Action.REQUEST_MEMBERSHIP,
                "POST",
                api + "/membership-requests",
                "{\"motivation\":\"Let me in\",\"acceptCodeOfConduct\":true,\"codeOfConductVersion\":1}"));
        list.add(page(Action.REQUEST_INVITATION, "GET", "/c/" + s + "/request-invitation", Map.of()));
        list.add(page(
                Action.REQUEST_INVITATION,
                "POST",
                "/c/" + s + "/request-invitation",
                Map.of(
                        "name",
                        "Sneaky",
                        "email",
                        "sneaky@example.org",
                        "organisation",
                        "INE",
                        "country",
                        "FJ",
                        "motivation",
                        "Let me in")));
        list.add(page(Action.LEAVE_COMMUNITY, "GET", "/c/" + s + "/leave", Map.of()));
        list.add(page(Action.LEAVE_COMMUNITY, "POST", "/c/" + s + "/leave", Map.of("confirmed", "true")));
        list.add(api(Action.LEAVE_COMMUNITY, "DELETE", api + "/memberships/me", null));
        list.add(page(Action.INVITE_MEMBER, "GET", "/c/" + s + "/invitations", Map.of()));
        list.add(page(
                Action.INVITE_MEMBER,
                "POST",
                "/c/" + s + "/invitations",
                Map.of("email", "new@example.org", "role", "MEMBER")));
        list.add(page(Action.INVITE_MEMBER, "POST", "/c/" + s + "/invitations/1/revoke", Map.of()));
        list.add(page(Action.INVITE_MEMBER, "GET", "/c/" + s + "/invitations/bulk", Map.of()));
        list.add(page(
                Action.INVITE_MEMBER,
                "POST",
                "/c/" + s + "/invitations/bulk",
                Map.of("addresses", "bulk@example.org", "role", "MEMBER", "send", "true")));
        list.add(api(Action.INVITE_MEMBER, "GET", api + "/invitations", null));
        list.add(api(
                Action.INVITE_MEMBER,
                "POST",
                api + "/invitations",
                "{\"email\":\"new@example.org\",\"role\":\"MEMBER\"}"));
        list.add(api(Action.INVITE_MEMBER, "DELETE", api + "/invitations/1", null));
        list.add(page(
                Action.INVITE_WITH_ROLE,
                "POST",
                "/c/" + s + "/invitations",
                Map.of("email", "lead@example.org", "role", "LEADER")));
        list.add(api(
                Action.INVITE_WITH_ROLE,
                "POST",
                api + "/invitations",
                "{\"email\":\"lead@example.org\",\"role\":\"LEADER\"}"));
        list.add(page(Action.NOMINATE_MEMBER, "GET", "/c/" + s + "/nominate", Map.of()));
        list.add(page(
                Action.NOMINATE_MEMBER,
                "POST",
                "/c/" + s + "/nominate",
                Map.of("name", "Colleague", "email", "colleague@example.org", "reason", "Expert")));
        list.add(page(Action.DECIDE_MEMBERSHIP, "GET", "/c/" + s + "/requests", Map.of()));
        list.add(page(Action.DECIDE_MEMBERSHIP, "POST", "/c/" + s + "/requests/1", Map.of("decision", "approve")));
        list.add(page(Action.DECIDE_MEMBERSHIP, "POST", "/c/" + s + "/nominations/1", Map.of("decision", "approve")));
        list.add(page(
                Action.DECIDE_MEMBERSHIP, "POST", "/c/" + s + "/invitation-requests/1", Map.of("decision", "approve")));
        list.add(api(Action.DECIDE_MEMBERSHIP, "GET", api + "/membership-requests", null));
        list.add(api(
                Action.DECIDE_MEMBERSHIP,
                "POST",
                api + "/membership-requests/1/decision",
                "{\"decision\":\"approve\"}"));
        list.add(page(Action.CHANGE_ROLE, "POST", "/c/" + s + "/members/" + m + "/role", Map.of("role", "LEADER")));
        list.add(api(Action.CHANGE_ROLE, "PATCH", api + "/memberships/" + m, "{\"role\":\"LEADER\"}"));
        list.add(page(
                Action.APPOINT_FOCAL_POINT,
                "POST",
                "/c/" + s + "/members/" + m + "/focal-point",
                Map.of("appoint", "true")));
        list.add(page(
                Action.REMOVE_MEMBER, "POST", "/c/" + s + "/members/" + m + "/remove", Map.of("reason", "Testing")));
        list.add(api(Action.REMOVE_MEMBER, "DELETE", api + "/memberships/" + m, "{\"reason\":\"Testing\"}"));
        list.add(page(Action.EDIT_COMMUNITY, "GET", "/c/" + s + "/edit", Map.of()));
        list.add(page(
                Action.EDIT_COMMUNITY,
                "POST",
                "/c/" + s + "/edit",
                Map.of("name", "Taken over", "purpose", "Mine", "joinPolicy", "OPEN")));
        list.add(page(Action.EDIT_CODE_OF_CONDUCT, "GET", "/c/" + s + "/code-of-conduct/edit", Map.of()));
        list.add(page(
                Action.EDIT_CODE_OF_CONDUCT,
                "POST",
                "/c/" + s + "/code-of-conduct/edit",
                Map.of("body", "Anything goes")));
        list.add(page(
                Action.MANAGE_TOPIC_GROUPS,
                "POST",
                "/c/" + s + "/topics",
                Map.of("topic", "sneaky", "name", "Sneaky", "description", "")));
        list.add(page(
                Action.MANAGE_TOPIC_GROUPS,
                "POST",
                "/c/" + s + "/topics/matrix-topic/edit",
                Map.of("name", "Renamed")));
        list.add(page(
                Action.MANAGE_TOPIC_GROUPS,
                "POST",
                "/c/" + s + "/topics/matrix-topic/members",
                Map.of("accountId", String.valueOf(m), "add", "true")));
        list.add(page(
                Action.JOIN_TOPIC_GROUP,
                "POST",
                "/c/" + s + "/topics/matrix-topic/membership",
                Map.of("join", "true")));
        list.add(page(Action.VIEW_AUDIT_LOG, "GET", "/c/" + s + "/audit", Map.of()));
        String space = "/c/" + s + "/space";
        list.add(page(Action.VIEW_SPACE, "GET", space, Map.of()));
        list.add(page(Action.VIEW_SPACE, "GET", space + "/_templates/case-study", Map.of()));
        list.add(page(Action.VIEW_SPACE, "GET", space + "/-/raw/_templates/case-study", Map.of()));
        list.add(page(Action.VIEW_SPACE, "GET", space + "/-/history/_templates/case-study", Map.of()));
        list.add(page(Action.VIEW_SPACE, "GET", space + "/-/history", Map.of()));
        list.add(page(Action.VIEW_SPACE, "GET", space + "/-/broken-links", Map.of()));
        list.add(page(Action.VIEW_SPACE, "GET", space + "/-/blame/_templates/case-study", Map.of()));
        list.add(page(
                Action.VIEW_SPACE,
                "GET",
                space + "/-/compare/_templates/case-study?to=0000000000000000000000000000000000000000",
                Map.of()));
        list.add(api(Action.VIEW_SPACE, "GET", api + "/pages", null));
        list.add(api(Action.VIEW_SPACE, "GET", api + "/pages/_templates/case-study", null));
        String proposals = "/c/" + s + "/proposals";
        list.add(page(Action.PROPOSE_CHANGE, "GET", proposals + "/new?template=case-study", Map.of()));
        list.add(page(Action.PROPOSE_CHANGE, "POST", proposals, Map.of("path", "sneaky", "template", "case-study")));
        list.add(page(Action.PROPOSE_CHANGE, "GET", proposals + "/1/edit?path=sneaky.md", Map.of()));
        list.add(page(
                Action.PROPOSE_CHANGE,
                "POST",
                proposals + "/1/edit",
                Map.of("path", "sneaky.md", "title", "Sneaky", "body", "x")));
        list.add(page(Action.PROPOSE_CHANGE, "POST", proposals + "/1/request-review", Map.of()));
        list.add(page(Action.EDIT_PAGE, "POST", space + "/-/new", Map.of("path", "sneaky", "template", "case-study")));
        list.add(new Endpoint(
                Action.EDIT_PAGE,
                false,
                "GET",
                space + "/-/new?path=methods/linkage.md&title=Record+linkage&template=case-study",
                Map.of(),
                null,
                true));
        // "Translate this page": the new-page form for editors, the proposal of that page for proposers
        list.add(new Endpoint(
                Action.EDIT_PAGE,
                false,
                "GET",
                space + "/-/translate/_templates/case-study?lang=fr",
                Map.of(),
                null,
                true));
        list.add(page(
                Action.EDIT_PAGE, "POST", space + "/-/new", Map.of("path", "sneaky", "title", "Sneaky", "body", "x")));
        list.add(page(Action.EDIT_PAGE, "GET", space + "/-/edit/_templates/case-study", Map.of()));
        list.add(page(
                Action.EDIT_PAGE,
                "POST",
                space + "/-/edit/_templates/case-study",
                Map.of("title", "Sneaky", "body", "x")));
        list.add(page(Action.EDIT_PAGE, "POST", space + "/-/move/_templates/case-study", Map.of("to", "moved")));
        list.add(page(Action.EDIT_PAGE, "POST", space + "/-/delete/_templates/case-study", Map.of()));
        list.add(page(
                Action.EDIT_PAGE,
                "POST",
                space + "/-/restore/_templates/case-study",
                Map.of("version", "0000000000000000000000000000000000000000")));
        list.add(api(Action.EDIT_PAGE, "PUT", api + "/pages/sneaky", "{\"title\":\"Sneaky\",\"body\":\"x\"}"));
        String files = api + "/pages/_templates/case-study/attachments";
        list.add(page(Action.VIEW_SPACE, "GET", space + "/-/attachments/_templates/case-study", Map.of()));
        list.add(page(Action.VIEW_SPACE, "GET", space + "/-/files/_templates/case-study.files/data.csv", Map.of()));
        list.add(api(Action.VIEW_SPACE, "GET", files, null));
        list.add(api(Action.VIEW_SPACE, "GET", files + "/data.csv", null));
        list.add(page(Action.EDIT_PAGE, "POST", space + "/-/attach/_templates/case-study", Map.of()));
        list.add(page(Action.EDIT_PAGE, "POST", space + "/-/detach/_templates/case-study.files/data.csv", Map.of()));
        list.add(api(Action.EDIT_PAGE, "POST", files, null));
        list.add(api(Action.EDIT_PAGE, "DELETE", files + "/data.csv", null));
        list.add(page(Action.PUBLISH_PAGE, "POST", space + "/-/publish/_templates/case-study", Map.of()));
        list.add(page(Action.PUBLISH_PAGE, "POST", space + "/-/unpublish/_templates/case-study", Map.of()));
        String comments = "/c/" + s;
        list.add(api(Action.VIEW_SPACE, "GET", api + "/page-comments/_templates/case-study", null));
        // a thread by its id may be on a dataset, which the public reads; a page's thread still needs VIEW_SPACE
        // (401/403,
        // CommentsIntegrationTests), a dataset's thread one may not read is not found (DatasetCommentsIntegrationTests)
        list.add(api(Action.VIEW_COMMUNITY_LANDING, "GET", api + "/threads/1", null));
        list.add(page(
                Action.COMMENT_ON_PAGE,
                "POST",
                comments + "/page-comments/_templates/case-study",
                Map.of("body", "Sneaky")));
        // answering a thread and changing a comment serve datasets' threads too: the address asks the least commenting
        // needs (COMMENT_ON_DATASETS), the use case what the thread is on needs (a page's: COMMENT_ON_PAGE, 403)
        list.add(page(Action.COMMENT_ON_DATASETS, "POST", comments + "/threads/1/replies", Map.of("body", "Sneaky")));
        list.add(page(Action.COMMENT_ON_DATASETS, "POST", comments + "/threads/1/resolve", Map.of()));
        list.add(page(Action.COMMENT_ON_DATASETS, "POST", comments + "/threads/1/reopen", Map.of()));
        list.add(page(Action.COMMENT_ON_DATASETS, "GET", comments + "/comments/1/edit", Map.of()));
        list.add(page(Action.COMMENT_ON_DATASETS, "POST", comments + "/comments/1/edit", Map.of("body", "Sneaky")));
        list.add(page(Action.COMMENT_ON_DATASETS, "POST", comments + "/comments/1/delete", Map.of()));
        list.add(api(
                Action.COMMENT_ON_PAGE, "POST", api + "/page-comments/_templates/case-study", "{\"body\":\"Sneaky\"}"));
        list.add(api(Action.COMMENT_ON_DATASETS, "POST", api + "/threads/1/replies", "{\"body\":\"Sneaky\"}"));
        list.add(api(Action.COMMENT_ON_DATASETS, "POST", api + "/threads/1/resolve", null));
        list.add(api(Action.COMMENT_ON_DATASETS, "PATCH", api + "/comments/1", "{\"body\":\"Sneaky\"}"));
        list.add(api(Action.COMMENT_ON_DATASETS, "DELETE", api + "/comments/1", null));
        // a question on a dataset: the form under its page and the API
        list.add(page(Action.COMMENT_ON_DATASETS, "POST", "/c/" + s + "/data/1/comments", Map.of("body", "Sneaky")));
        list.add(api(Action.COMMENT_ON_DATASETS, "POST", api + "/datasets/1/comments", "{\"body\":\"Sneaky\"}"));
        list.add(page(Action.MODERATE_CONTENT, "POST", comments + "/comments/1/hide", Map.of()));
        list.add(api(Action.MODERATE_CONTENT, "POST", api + "/comments/1/hide", null));
        meetingEndpoints(c, list);
        discussionEndpoints(c, list);
        newsletterEndpoints(c, list);
        moderationEndpoints(c, list);
        decisionEndpoints(c, list);
        organisationEndpoints(c, list);
        bodyEndpoints(c, list);
        bodySpaceEndpoints(c, list);
        leadershipEndpoints(c, list);
        workstreamEndpoints(c, list);
        surveyResultEndpoints(c, list);
        driveEndpoints(c, list);
        outputEndpoints(c, list);
        progressReportEndpoints(c, list);
        surveyEndpoints(c, list);
        surveyDistributionEndpoints(c, list);
        platformSurveyEndpoints(list);
        insightsEndpoints(c, list);
        list.add(page(Action.CREATE_COMMUNITY, "GET", "/communities/new", Map.of()));
        list.add(page(
                Action.CREATE_COMMUNITY,
                "POST",
                "/communities/new",
                Map.of("name", "Sneaky", "slug", "sneaky-community", "purpose", "x", "joinPolicy", "OPEN")));
        list.add(api(
                Action.CREATE_COMMUNITY,
                "POST",
                "/api/v1/communities",
                "{\"name\":\"Sneaky\",\"slug\":\"sneaky-api\",\"purpose\":\"x\",\"joinPolicy\":\"OPEN\"}"));
        // the academy (docs/academy.md): creating a course is the maintainers'; reading one is the course's own check
        list.add(page(
                Action.MAINTAIN_COURSES,
                "POST",
                "/c/" + s + "/courses",
                Map.of("title", "Sneaky", "language", "en", "licence", "CC-BY-4.0", "open", "true")));
        list.add(api(
                Action.MAINTAIN_COURSES,
                "POST",
                api + "/courses",
                "{\"title\":\"Sneaky\",\"language\":\"en\",\"licence\":\"CC-BY-4.0\",\"open\":\"true\"}"));
        // learners enrol and mark episodes done (anyone signed in); whether they may read the course comes after
        String course = "/c/" + s + "/courses/matrix-course";
        list.add(page(Action.ENROL_IN_COURSES, "POST", course + "/enrolment", Map.of()));
        list.add(page(Action.ENROL_IN_COURSES, "POST", course + "/enrolment/leave", Map.of()));
        list.add(page(Action.ENROL_IN_COURSES, "POST", course + "/episodes/01-why-version-control/done", Map.of()));
        list.add(api(Action.ENROL_IN_COURSES, "GET", api + "/courses/matrix-course/enrolment", null));
        list.add(api(Action.ENROL_IN_COURSES, "POST", api + "/courses/matrix-course/enrolment", null));
        list.add(api(Action.ENROL_IN_COURSES, "DELETE", api + "/courses/matrix-course/enrolment", null));
        list.add(api(
                Action.ENROL_IN_COURSES, "PUT", api + "/courses/matrix-course/progress/01-why-version-control", null));
        list.add(api(
                Action.ENROL_IN_COURSES,
                "DELETE",
                api + "/courses/matrix-course/progress/01-why-version-control",
                null));
        // learning paths and course runs: made by maintainers; a run is joined by learners
        list.add(page(
                Action.MAINTAIN_COURSES, "POST", "/c/" + s + "/paths", Map.of("title", "Sneaky", "courses", "x/y")));
        list.add(page(
                Action.MAINTAIN_COURSES,
                "POST",
                course + "/runs",
                Map.of("title", "Sneaky", "startsOn", "2030-01-01", "endsOn", "2030-01-02")));
        list.add(page(Action.MAINTAIN_COURSES, "POST", course + "/runs/1/sessions", Map.of("meeting", "1")));
        list.add(page(Action.ENROL_IN_COURSES, "POST", course + "/runs/1/participation", Map.of()));
        // the gap map written as a page of the community's space, by its course maintainers
        list.add(page(Action.MAINTAIN_COURSES, "POST", "/academy/gaps/report/publish", Map.of("community", s)));
        // an organisation's self-assessment: its confirmed people (a standing none of the table's people holds for
        // organisation 1) and the platform's secretariat
        String assessment = "/academy/assessments/1/GSBPM/2025";
        list.add(page(Action.ASSESS_CAPABILITIES, "GET", assessment, Map.of()));
        list.add(page(Action.ASSESS_CAPABILITIES, "POST", assessment, Map.of("current[GSBPM-5.1]", "awareness")));
        list.add(api(Action.ASSESS_CAPABILITIES, "GET", "/api/v1/organisations/1/assessments/GSBPM/2025", null));
        list.add(api(
                Action.ASSESS_CAPABILITIES,
                "PUT",
                "/api/v1/organisations/1/assessments/GSBPM/2025",
                "{\"levels\":[{\"item\":\"GSBPM-5.1\",\"current\":\"awareness\"}]}"));
        return list;
    }

    /** Meetings, polls, attendance, calendar (feature meetings). */
    private void meetingEndpoints(Community c, List<Endpoint> list) {
        String meetings = "/c/" + c.slug() + "/meetings";
        String api = "/api/v1/communities/" + c.slug() + "/meetings";
        String later = java.time.LocalDate.now().plusDays(30) + " 10:00";
        list.add(page(Action.VIEW_MEETINGS, "GET", meetings, Map.of()));
        list.add(page(Action.VIEW_MEETINGS, "GET", meetings + "/1", Map.of()));
        list.add(page(Action.VIEW_MEETINGS, "GET", meetings + "/1/meeting.ics", Map.of()));
        list.add(page(Action.VIEW_MEETINGS, "POST", meetings + "/1/answers", Map.of("answer-1", "YES")));
        list.add(api(Action.VIEW_MEETINGS, "GET", api, null));
        list.add(api(Action.VIEW_MEETINGS, "GET", api + "/1", null));
        list.add(api(Action.VIEW_MEETINGS, "PUT", api + "/1/answers", "{\"answers\":{\"1\":\"YES\"}}"));
        list.add(page(Action.ORGANISE_MEETING, "GET", meetings + "/new", Map.of()));
        list.add(page(
                Action.ORGANISE_MEETING,
                "POST",
                meetings + "/new",
                Map.of(
                        "title",
                        "Sneaky",
                        "kind",
                        "REGULAR",
                        "duration",
                        "60",
                        "candidates",
                        later,
                        "invite",
                        "ALL_MEMBERS")));
        list.add(page(
                Action.ORGANISE_MEETING, "POST", meetings + "/1/schedule", Map.of("candidate", "1", "repeat", "NONE")));
        list.add(page(Action.ORGANISE_MEETING, "GET", meetings + "/1/edit", Map.of()));
        list.add(page(
                Action.ORGANISE_MEETING, "POST", meetings + "/1/edit", Map.of("title", "Sneaky", "duration", "60")));
        list.add(page(Action.ORGANISE_MEETING, "GET", meetings + "/1/cancel", Map.of()));
        list.add(page(Action.ORGANISE_MEETING, "POST", meetings + "/1/cancel", Map.of()));
        list.add(page(
                Action.ORGANISE_MEETING,
                "POST",
                meetings + "/1/exceptions",
                Map.of("occurrence", "2030-01-01T10:00:00Z")));
        list.add(page(Action.ORGANISE_MEETING, "POST", meetings + "/1/attendance", Map.of("present", "1")));
        list.add(api(
                Action.ORGANISE_MEETING,
                "POST",
                api,
                "{\"title\":\"Sneaky\",\"candidates\":[\"2030-01-01T10:00:00Z\"]}"));
        list.add(api(Action.ORGANISE_MEETING, "PATCH", api + "/1", "{\"title\":\"Sneaky\"}"));
        list.add(api(Action.ORGANISE_MEETING, "POST", api + "/1/schedule", "{\"candidateId\":1}"));
        list.add(api(
                Action.ORGANISE_MEETING, "POST", api + "/1/exceptions", "{\"occurrence\":\"2030-01-01T10:00:00Z\"}"));
        list.add(api(Action.ORGANISE_MEETING, "PUT", api + "/1/attendance", "{\"present\":[1]}"));
        list.add(api(Action.ORGANISE_MEETING, "POST", api + "/1/cancel", null));
    }

    /** Discussions, replies, answers (feature discussions). */
    private void discussionEndpoints(Community c, List<Endpoint> list) {
        String d = "/c/" + c.slug() + "/discussions";
        String api = "/api/v1/communities/" + c.slug() + "/discussions";
        list.add(page(Action.VIEW_DISCUSSIONS, "GET", d, Map.of()));
        list.add(page(Action.VIEW_DISCUSSIONS, "GET", d + "?topic=matrix-topic", Map.of()));
        list.add(page(Action.VIEW_DISCUSSIONS, "GET", d + "/1", Map.of()));
        list.add(page(Action.VIEW_DISCUSSIONS, "GET", d + "/1?quote=1", Map.of()));
        list.add(page(Action.VIEW_DISCUSSIONS, "GET", d + "/1/posts/1/history", Map.of()));
        list.add(api(Action.VIEW_DISCUSSIONS, "GET", api, null));
        list.add(api(Action.VIEW_DISCUSSIONS, "GET", api + "/1", null));
        list.add(api(Action.VIEW_DISCUSSIONS, "GET", api + "/1/posts/1", null));
        list.add(api(Action.VIEW_DISCUSSIONS, "GET", api + "/1/posts/1/versions", null));
        list.add(page(Action.POST_IN_DISCUSSIONS, "GET", d + "/new", Map.of()));
        list.add(page(Action.POST_IN_DISCUSSIONS, "POST", d, Map.of("title", "Sneaky", "body", "Sneaky", "topic", "")));
        list.add(page(Action.POST_IN_DISCUSSIONS, "POST", d + "/1/replies", Map.of("body", "Sneaky")));
        list.add(page(Action.POST_IN_DISCUSSIONS, "POST", d + "/1/replies", Map.of("body", "Sneaky", "quote", "1")));
        list.add(page(Action.POST_IN_DISCUSSIONS, "GET", d + "/1/posts/1/edit", Map.of()));
        list.add(page(
                Action.POST_IN_DISCUSSIONS,
                "POST",
                d + "/1/posts/1/edit",
                Map.of("title", "Sneaky", "body", "Sneaky", "version", "1")));
        list.add(page(Action.POST_IN_DISCUSSIONS, "POST", d + "/1/posts/1/delete", Map.of()));
        list.add(page(Action.POST_IN_DISCUSSIONS, "POST", d + "/1/answer", Map.of("post", "1")));
        list.add(page(Action.POST_IN_DISCUSSIONS, "POST", d + "/1/subscription", Map.of("state", "MUTED")));
        list.add(api(Action.POST_IN_DISCUSSIONS, "POST", api, "{\"title\":\"Sneaky\",\"body\":\"Sneaky\"}"));
        list.add(api(Action.POST_IN_DISCUSSIONS, "POST", api + "/1/replies", "{\"body\":\"Sneaky\"}"));
        list.add(api(Action.POST_IN_DISCUSSIONS, "PATCH", api + "/1/posts/1", "{\"body\":\"Sneaky\",\"version\":1}"));
        list.add(api(Action.POST_IN_DISCUSSIONS, "DELETE", api + "/1/posts/1", null));
        list.add(api(Action.POST_IN_DISCUSSIONS, "PUT", api + "/1/answer", "{\"post\":1}"));
        list.add(api(Action.POST_IN_DISCUSSIONS, "DELETE", api + "/1/answer", null));
        list.add(api(Action.POST_IN_DISCUSSIONS, "PUT", api + "/1/subscription", "{\"state\":\"MUTED\"}"));
        for (String action : List.of("close", "reopen", "pin", "unpin")) {
            list.add(page(Action.MANAGE_DISCUSSIONS, "POST", d + "/1/" + action, Map.of()));
            list.add(api(Action.MANAGE_DISCUSSIONS, "POST", api + "/1/" + action, null));
        }
    }

    /** The annual progress report (feature progressreports): the secretariat's form and the API. */
    private void progressReportEndpoints(Community c, List<Endpoint> list) {
        String reports = "/c/" + c.slug() + "/progress-reports";
        list.add(page(Action.GENERATE_PROGRESS_REPORT, "GET", reports, Map.of()));
        list.add(page(
                Action.GENERATE_PROGRESS_REPORT,
                "POST",
                reports,
                Map.of("first", "2025-01-01", "last", "2025-12-31", "language", "en")));
        list.add(api(
                Action.GENERATE_PROGRESS_REPORT,
                "POST",
                "/api/v1/communities/" + c.slug() + "/progress-reports",
                "{\"first\":\"2025-01-01\",\"last\":\"2025-12-31\"}"));
    }

    /** The activity figures (feature insights): the dashboard, its CSV and the API. */
    private void insightsEndpoints(Community c, List<Endpoint> list) {
        list.add(page(Action.VIEW_INSIGHTS, "GET", "/c/" + c.slug() + "/insights", Map.of()));
        list.add(page(Action.VIEW_INSIGHTS, "GET", "/c/" + c.slug() + "/insights.csv", Map.of()));
        list.add(api(Action.VIEW_INSIGHTS, "GET", "/api/v1/communities/" + c.slug() + "/insights?period=all", null));
        list.add(page(
                Action.VIEW_INSIGHTS,
                "GET",
                "/c/" + c.slug() + "/insights/evaluation-report.pdf?period=all",
                Map.of()));
        list.add(api(
                Action.VIEW_INSIGHTS,
                "GET",
                "/api/v1/communities/" + c.slug() + "/evaluation-report.pdf?period=all",
                null));
        list.add(page(
                Action.GENERATE_EVALUATION_REPORT,
                "POST",
                "/c/" + c.slug() + "/insights/evaluation-report",
                Map.of("from", "2025-01-01", "to", "2025-12-31")));
        list.add(api(
                Action.GENERATE_EVALUATION_REPORT,
                "POST",
                "/api/v1/communities/" + c.slug() + "/evaluation-reports",
                "{\"from\":\"2025-01-01\",\"to\":\"2025-12-31\"}"));
    }

    /** Membership drives (feature drives): the secretariat's screens and API; the public ones are anyone's. */
    private void driveEndpoints(Community c, List<Endpoint> list) {
        String drives = "/c/" + c.slug() + "/drives";
        String api = "/api/v1/communities/" + c.slug() + "/drives";
        Map<String, String> drive =
                Map.of("title", "Sneaky", "startsOn", "2030-01-01", "endsOn", "2030-01-31", "description", "");
        list.add(page(Action.MANAGE_DRIVES, "GET", drives, Map.of()));
        list.add(page(Action.MANAGE_DRIVES, "POST", drives, drive));
        list.add(page(Action.MANAGE_DRIVES, "GET", drives + "/1/manage", Map.of()));
        list.add(page(Action.MANAGE_DRIVES, "POST", drives + "/1/edit", drive));
        list.add(page(Action.MANAGE_DRIVES, "POST", drives + "/1/decisions", Map.of("decide", "APPROVE-1")));
        list.add(page(
                Action.MANAGE_DRIVES, "POST", drives + "/1/invitations", Map.of("language", "en", "send", "true")));
        list.add(page(Action.MANAGE_DRIVES, "POST", drives + "/1/information-session", Map.of("meeting", "1")));
        list.add(api(Action.MANAGE_DRIVES, "GET", api, null));
        list.add(api(Action.MANAGE_DRIVES, "GET", api + "/1", null));
        list.add(api(Action.MANAGE_DRIVES, "GET", api + "/1/applications", null));
        list.add(api(
                Action.MANAGE_DRIVES, "POST", api + "/1/decisions", "{\"applications\":[1],\"decision\":\"APPROVE\"}"));
    }

    /** Newsletters (feature newsletters). */
    private void newsletterEndpoints(Community c, List<Endpoint> list) {
        String newsletters = "/c/" + c.slug() + "/newsletters";
        String api = "/api/v1/communities/" + c.slug();
        list.add(page(Action.VIEW_COMMUNITY_INSIDE, "POST", newsletters + "/me", Map.of("receive", "false")));
        list.add(page(Action.SEND_NEWSLETTER, "GET", newsletters + "/new", Map.of()));
        list.add(page(
                Action.SEND_NEWSLETTER,
                "POST",
                newsletters + "/new",
                Map.of("subject", "Sneaky", "body", "x", "action", "save")));
        list.add(page(
                Action.SEND_NEWSLETTER,
                "POST",
                newsletters + "/new",
                Map.of("subject", "Sneaky", "body", "x", "action", "preview")));
        list.add(page(Action.SEND_NEWSLETTER, "GET", newsletters + "/1/edit", Map.of()));
        list.add(page(
                Action.SEND_NEWSLETTER,
                "POST",
                newsletters + "/1/edit",
                Map.of("subject", "Sneaky", "body", "x", "action", "save")));
        list.add(page(Action.SEND_NEWSLETTER, "POST", newsletters + "/1/send", Map.of()));
        list.add(page(Action.SEND_NEWSLETTER, "GET", newsletters + "/subscribers", Map.of()));
        list.add(api(Action.SEND_NEWSLETTER, "POST", api + "/newsletters", "{\"subject\":\"Sneaky\",\"body\":\"x\"}"));
        list.add(api(Action.SEND_NEWSLETTER, "PUT", api + "/newsletters/1", "{\"subject\":\"Sneaky\",\"body\":\"x\"}"));
        list.add(api(Action.SEND_NEWSLETTER, "POST", api + "/newsletters/1/send", null));
        list.add(api(Action.SEND_NEWSLETTER, "GET", api + "/newsletters/highlights", null));
        list.add(api(Action.SEND_NEWSLETTER, "GET", api + "/newsletter-subscribers", null));
    }

    /** The moderation queue and decisions (feature moderation). */
    private void decisionEndpoints(Community c, List<Endpoint> list) {
        String decisions = "/c/" + c.slug() + "/decisions";
        String api = "/api/v1/communities/" + c.slug() + "/decisions";
        long id = membersOnlyDecisions.get(c.id());
        // a members-only decision is read only by those who may see the members' area
        list.add(page(Action.VIEW_COMMUNITY_INSIDE, "GET", decisions + "/" + id, Map.of()));
        list.add(api(Action.VIEW_COMMUNITY_INSIDE, "GET", api + "/" + id, null));
        list.add(api(Action.VIEW_COMMUNITY_INSIDE, "GET", api + "/" + id + "/tally", null));
        list.add(page(Action.PROPOSE_DECISION, "GET", decisions + "/new", Map.of()));
        list.add(page(
                Action.PROPOSE_DECISION,
                "POST",
                decisions,
                Map.of("title", "Sneaky", "kind", "CONSENT", "deadline", "2030-01-01 10:00")));
        list.add(page(Action.PROPOSE_DECISION, "POST", decisions + "/" + id + "/close", Map.of("statement", "x")));
        list.add(page(Action.PROPOSE_DECISION, "POST", decisions + "/" + id + "/statement", Map.of("statement", "x")));
        list.add(page(Action.VOTE_IN_DECISIONS, "POST", decisions + "/" + id + "/vote", Map.of("choice", "AGREE")));
        list.add(api(
                Action.PROPOSE_DECISION,
                "POST",
                api,
                "{\"title\":\"Sneaky\",\"kind\":\"CONSENT\",\"deadline\":\"2030-01-01T10:00:00Z\"}"));
        list.add(api(Action.PROPOSE_DECISION, "PATCH", api + "/" + id, "{\"title\":\"Sneaky\"}"));
        list.add(api(Action.PROPOSE_DECISION, "POST", api + "/" + id + "/close", "{\"statement\":\"x\"}"));
        list.add(api(Action.PROPOSE_DECISION, "PUT", api + "/" + id + "/statement", "{\"statement\":\"x\"}"));
        list.add(api(Action.VOTE_IN_DECISIONS, "PUT", api + "/" + id + "/vote", "{\"choice\":\"AGREE\"}"));
        // a decision of a body: for its members (none here) and the secretariat
        String body = "body:" + matrixBodies.get(c.id());
        list.add(page(
                Action.PROPOSE_BODY_DECISION,
                "POST",
                decisions,
                Map.of("title", "Sneaky", "kind", "CONSENT", "deadline", "2030-01-01 10:00", "electorate", body)));
        list.add(api(
                Action.PROPOSE_BODY_DECISION,
                "POST",
                api,
                "{\"title\":\"Sneaky\",\"kind\":\"CONSENT\",\"deadline\":\"2030-01-01T10:00:00Z\",\"electorate\":\""
                        + body + "\"}"));
    }

    private void moderationEndpoints(Community c, List<Endpoint> list) {
        String s = c.slug();
        String api = "/api/v1/communities/" + s;
        String entry = "/c/" + s + "/moderation/reports/1";
        list.add(page(Action.MODERATE_CONTENT, "GET", "/c/" + s + "/moderation", Map.of()));
        list.add(page(Action.MODERATE_CONTENT, "POST", entry, Map.of("decision", "dismiss")));
        list.add(page(Action.MODERATE_CONTENT, "POST", entry, Map.of("decision", "hide", "reason", "Sneaky")));
        list.add(page(Action.MODERATE_CONTENT, "POST", entry, Map.of("decision", "restore")));
        list.add(page(Action.MODERATE_CONTENT, "POST", entry, Map.of("decision", "warn", "reason", "Sneaky")));
        list.add(page(
                Action.SUSPEND_MEMBER, "POST", entry, Map.of("decision", "suspend", "reason", "Sneaky", "days", "3")));
        list.add(page(Action.REMOVE_MEMBER, "POST", entry, Map.of("decision", "remove", "reason", "Sneaky")));
        list.add(page(
                Action.SUSPEND_MEMBER, "POST", "/c/" + s + "/members/" + target.id() + "/suspension/end", Map.of()));
        list.add(page(Action.MODERATE_CONTENT, "POST", "/c/" + s + "/comments/1/unhide", Map.of()));
        list.add(api(Action.MODERATE_CONTENT, "POST", api + "/comments/1/unhide", null));
        list.add(api(Action.MODERATE_CONTENT, "GET", api + "/moderation/flags", null));
        list.add(api(Action.MODERATE_CONTENT, "GET", api + "/moderation/flags?status=closed", null));
        list.add(api(
                Action.MODERATE_CONTENT, "POST", api + "/moderation/flags/1/decision", "{\"decision\":\"dismiss\"}"));
        list.add(api(Action.MODERATE_CONTENT, "POST", api + "/moderation/flags/1/decision", "{\"decision\":\"hide\"}"));
        list.add(api(
                Action.SUSPEND_MEMBER,
                "POST",
                api + "/moderation/flags/1/decision",
                "{\"decision\":\"suspend\",\"reason\":\"Sneaky\",\"days\":3}"));
        list.add(api(
                Action.REMOVE_MEMBER,
                "POST",
                api + "/moderation/flags/1/decision",
                "{\"decision\":\"remove\",\"reason\":\"Sneaky\"}"));
        list.add(page(Action.FLAG_CONTENT, "GET", "/flag?item=comment:1", Map.of()));
        list.add(page(Action.FLAG_CONTENT, "POST", "/flag", Map.of("item", "comment:1", "reason", "SPAM")));
        list.add(api(Action.FLAG_CONTENT, "POST", "/api/v1/flags", "{\"item\":\"comment:1\",\"reason\":\"SPAM\"}"));
        list.add(page(Action.MANAGE_PLATFORM, "GET", "/admin/moderation", Map.of()));
        list.add(page(Action.MANAGE_PLATFORM, "POST", "/admin/moderation/reports/1", Map.of("decision", "dismiss")));
        // personal data and closing an account (feature identity, docs/identity.md)
        list.add(page(Action.DOWNLOAD_OWN_DATA, "GET", "/account/personal-data.json", Map.of()));
        list.add(page(Action.CLOSE_OWN_ACCOUNT, "GET", "/account/close", Map.of()));
        list.add(page(Action.CLOSE_OWN_ACCOUNT, "POST", "/account/close", Map.of("currentPassword", "wrong")));
        String person = "/admin/accounts/" + target.id();
        list.add(page(Action.ACT_ON_PERSONAL_DATA_REQUESTS, "GET", person + "/personal-data.json", Map.of()));
        list.add(page(Action.ACT_ON_PERSONAL_DATA_REQUESTS, "GET", person + "/personal-data", Map.of()));
        list.add(page(Action.ACT_ON_PERSONAL_DATA_REQUESTS, "POST", person + "/close", Map.of("reason", "Sneaky")));
        list.add(page(
                Action.EDIT_COMMUNITY,
                "POST",
                "/c/" + c.slug() + "/edit/closed-accounts",
                Map.of("removeContributions", "true")));
        list.add(page(Action.BACK_UP, "GET", "/admin/backups", Map.of()));
        list.add(page(Action.BACK_UP, "POST", "/admin/backups", Map.of()));
    }

    /** Organisation records, people's claims, a community's member organisations (feature organisations). */
    private void organisationEndpoints(Community c, List<Endpoint> list) {
        String s = c.slug();
        list.add(page(Action.MANAGE_ORGANISATIONS, "GET", "/organisations/new", Map.of()));
        list.add(page(
                Action.MANAGE_ORGANISATIONS,
                "POST",
                "/organisations",
                Map.of("name", "Sneaky office", "kind", "CIVIL_SOCIETY", "country", "FJ")));
        list.add(page(Action.MANAGE_ORGANISATIONS, "GET", "/organisations/1/edit", Map.of()));
        list.add(page(
                Action.MANAGE_ORGANISATIONS,
                "POST",
                "/organisations/1/edit",
                Map.of("name", "Taken over", "kind", "CIVIL_SOCIETY", "country", "FJ")));
        list.add(page(
                Action.MANAGE_ORGANISATIONS,
                "POST",
                "/organisations/1/people/" + target.id(),
                Map.of("decision", "confirm")));
        list.add(page(Action.MANAGE_ORGANISATIONS, "GET", "/organisations/manage", Map.of()));
        list.add(page(
                Action.MANAGE_ORGANISATIONS,
                "POST",
                "/organisations/manage/link",
                Map.of("name", "Org of Matrix target", "organisationId", "1")));
        list.add(page(
                Action.MANAGE_ORGANISATIONS,
                "POST",
                "/organisations/manage/create",
                Map.of("name", "Org of Matrix target")));
        list.add(page(Action.CLAIM_AFFILIATION, "GET", "/account/organisations", Map.of()));
        list.add(page(Action.CLAIM_AFFILIATION, "POST", "/account/organisations", Map.of("organisationId", "1")));
        list.add(page(Action.CLAIM_AFFILIATION, "POST", "/account/organisations/1/withdraw", Map.of()));
        list.add(page(Action.VIEW_COMMUNITY_INSIDE, "GET", "/c/" + s + "/organisations", Map.of()));
        list.add(page(
                Action.MANAGE_MEMBER_ORGANISATIONS,
                "POST",
                "/c/" + s + "/organisations",
                Map.of("organisationId", "1")));
        list.add(page(Action.MANAGE_MEMBER_ORGANISATIONS, "POST", "/c/" + s + "/organisations/1/remove", Map.of()));
        list.add(page(
                Action.MANAGE_MEMBER_ORGANISATIONS,
                "POST",
                "/c/" + s + "/organisations/representatives",
                Map.of("organisationId", "1", "representative", target.email())));
        list.add(page(
                Action.MANAGE_MEMBER_ORGANISATIONS,
                "POST",
                "/c/" + s + "/organisations/1/representatives/" + target.id() + "/remove",
                Map.of()));
    }

    /** Outputs (feature outputs): the members' screens and API; the endorsed version's public view is anyone's. */
    private void outputEndpoints(Community c, List<Endpoint> list) {
        String outputs = "/c/" + c.slug() + "/outputs";
        String api = "/api/v1/communities/" + c.slug() + "/outputs";
        list.add(page(Action.VIEW_COMMUNITY_INSIDE, "GET", outputs, Map.of()));
        list.add(page(Action.VIEW_COMMUNITY_INSIDE, "GET", outputs + "/1", Map.of()));
        list.add(page(Action.MANAGE_OUTPUTS, "POST", outputs, Map.of("title", "Sneaky", "path", "guide.md")));
        list.add(page(Action.MANAGE_OUTPUTS, "POST", outputs + "/1/review", Map.of("days", "7")));
        list.add(page(Action.MANAGE_OUTPUTS, "POST", outputs + "/1/approval", Map.of("days", "7")));
        list.add(page(
                Action.RECORD_OUTPUT_SUBMISSION,
                "POST",
                outputs + "/1/submission",
                Map.of("purpose", "APPROVAL", "date", "2027-03-01", "symbol", "E/CN.3/2027/12")));
        list.add(api(Action.VIEW_COMMUNITY_INSIDE, "GET", api, null));
        list.add(api(Action.VIEW_COMMUNITY_INSIDE, "GET", api + "/1", null));
        list.add(api(Action.MANAGE_OUTPUTS, "POST", api, "{\"title\":\"Sneaky\",\"path\":\"guide.md\"}"));
        list.add(api(Action.MANAGE_OUTPUTS, "POST", api + "/1/review", "{\"days\":7}"));
        list.add(api(Action.MANAGE_OUTPUTS, "POST", api + "/1/approval", "{\"days\":7}"));
        list.add(api(
                Action.RECORD_OUTPUT_SUBMISSION,
                "POST",
                api + "/1/submission",
                "{\"purpose\":\"APPROVAL\",\"date\":\"2027-03-01\",\"symbol\":\"E/CN.3/2027/12\"}"));
    }

    /**
     * A body's members-only space (feature content): the matrix's body has no seat filled, so the secretariat alone
     * may read and write it; everyone else is refused on every screen and form, Git and search being walked by
     * {@code BodySpaceIntegrationTests}.
     */
    private void bodySpaceEndpoints(Community c, List<Endpoint> list) {
        String space = "/c/" + c.slug() + "/bodies/" + matrixBodies.get(c.id()) + "/space";
        Map<String, String> page = Map.of("path", "sneaky.md", "title", "Sneaky", "body", "Sneaky", "summary", "");
        list.add(page(Action.VIEW_BODY_SPACE, "GET", space, Map.of()));
        list.add(page(Action.VIEW_BODY_SPACE, "GET", space + "/start", Map.of()));
        list.add(page(Action.VIEW_BODY_SPACE, "GET", space + "/-/history/start", Map.of()));
        list.add(page(Action.VIEW_BODY_SPACE, "GET", space + "/-/compare/start?to=" + "a".repeat(40), Map.of()));
        list.add(page(Action.EDIT_BODY_SPACE, "GET", space + "/-/new", Map.of()));
        list.add(page(Action.EDIT_BODY_SPACE, "POST", space + "/-/new", page));
        list.add(page(Action.EDIT_BODY_SPACE, "GET", space + "/-/edit/start", Map.of()));
        list.add(page(Action.EDIT_BODY_SPACE, "POST", space + "/-/edit/start", page));
        list.add(page(Action.VIEW_BODY_SPACE, "GET", space + "/-/files/start.files/a.csv", Map.of()));
        list.add(page(Action.EDIT_BODY_SPACE, "POST", space + "/-/attach/start", Map.of()));
        list.add(page(Action.EDIT_BODY_SPACE, "POST", space + "/-/detach/start.files/a.csv", Map.of()));
    }

    /** A community's bodies and their seats (feature bodies). */
    private void bodyEndpoints(Community c, List<Endpoint> list) {
        String bodies = "/c/" + c.slug() + "/bodies";
        list.add(page(Action.MANAGE_BODIES, "POST", bodies, Map.of("name", "Sneaky committee")));
        list.add(page(
                Action.MANAGE_BODIES,
                "POST",
                bodies + "/1/seats",
                Map.of("organisationId", "1", "representative", target.email())));
        list.add(page(Action.MANAGE_BODIES, "POST", bodies + "/1/seats/1/remove", Map.of()));
        String api = "/api/v1/communities/" + c.slug() + "/bodies";
        long body = matrixBodies.get(c.id());
        list.add(api(Action.MANAGE_BODIES, "POST", api, "{\"name\":\"Sneaky committee\"}"));
        list.add(api(
                Action.MANAGE_BODIES,
                "PUT",
                api + "/" + body + "/seats/1",
                "{\"representativeId\":" + target.id() + "}"));
        list.add(api(Action.MANAGE_BODIES, "DELETE", api + "/" + body + "/seats/1", null));
    }

    /** Co-lead terms and elections (feature leadership); the co-leads' page and list are as public as the landing. */
    private void leadershipEndpoints(Community c, List<Endpoint> list) {
        String screens = "/c/" + c.slug();
        String api = "/api/v1/communities/" + c.slug();
        String term = "{\"person\":\"" + target.id() + "\",\"startsOn\":\"2030-01-01\"}";
        String election = "{\"body\":\"1\",\"title\":\"Sneaky\",\"seats\":\"1\",\"nominationsEnd\":"
                + "\"2030-01-01T10:00:00Z\",\"votingEnd\":\"2030-01-02T10:00:00Z\",\"termStartsOn\":\"2030-02-01\"}";
        Map<String, String> electionForm = Map.of(
                "body", "1",
                "title", "Sneaky",
                "seats", "1",
                "nominationsEnd", "2030-01-01 10:00",
                "votingEnd", "2030-01-02 10:00",
                "termStartsOn", "2030-02-01");
        list.add(page(Action.VIEW_COMMUNITY_INSIDE, "GET", screens + "/elections/1", Map.of()));
        list.add(page(
                Action.MANAGE_CO_LEADS,
                "POST",
                screens + "/co-leads",
                Map.of("person", target.email(), "startsOn", "2030-01-01")));
        list.add(page(Action.MANAGE_CO_LEADS, "POST", screens + "/co-leads/1/extend", Map.of()));
        list.add(page(Action.MANAGE_CO_LEADS, "POST", screens + "/elections", electionForm));
        list.add(page(Action.MANAGE_CO_LEADS, "POST", screens + "/elections/1/announce", electionForm));
        list.add(page(Action.MANAGE_CO_LEADS, "POST", screens + "/elections/1/voting", Map.of()));
        list.add(page(
                Action.NOMINATE_CANDIDATE,
                "POST",
                screens + "/elections/1/nominations",
                Map.of("nominee", target.email())));
        list.add(page(
                Action.NOMINATE_CANDIDATE,
                "POST",
                screens + "/elections/1/nominations/1/answer",
                Map.of("accept", "true")));
        list.add(page(Action.VOTE_IN_DECISIONS, "POST", screens + "/elections/1/ballots", Map.of("rank-0", "1")));
        list.add(api(Action.VIEW_COMMUNITY_INSIDE, "GET", api + "/elections", null));
        list.add(api(Action.VIEW_COMMUNITY_INSIDE, "GET", api + "/elections/1", null));
        list.add(api(Action.MANAGE_CO_LEADS, "POST", api + "/co-leads", term));
        list.add(api(Action.MANAGE_CO_LEADS, "POST", api + "/co-leads/1/extension", null));
        list.add(api(Action.MANAGE_CO_LEADS, "POST", api + "/elections", election));
        list.add(api(Action.MANAGE_CO_LEADS, "POST", api + "/elections/1/voting", null));
        list.add(api(
                Action.NOMINATE_CANDIDATE,
                "POST",
                api + "/elections/1/nominations",
                "{\"nominee\":\"" + target.id() + "\"}"));
        list.add(
                api(Action.NOMINATE_CANDIDATE, "POST", api + "/elections/1/nominations/1/answer", "{\"accept\":true}"));
        list.add(api(Action.VOTE_IN_DECISIONS, "POST", api + "/elections/1/ballots", "{\"ranking\":[1]}"));
    }

    /**
     * A survey wave's distribution (feature surveys): the standing is the survey's owner's, asked before the survey is
     * read, so everyone who owns no survey here is refused whether or not survey 1 exists. The answering screens are
     * reached by a link's secret, not by a permission (AnsweringIntegrationTests: a forged link is 404).
     */
    private void surveyDistributionEndpoints(Community c, List<Endpoint> list) {
        String wave = "/c/" + c.slug() + "/surveys/1/waves/1";
        String api = "/api/v1/communities/" + c.slug() + "/surveys/1/waves/1";
        list.add(page(Action.MANAGE_SURVEYS, "GET", wave + "/distribution", Map.of()));
        list.add(page(Action.MANAGE_SURVEYS, "POST", wave + "/invitations", Map.of()));
        list.add(page(Action.MANAGE_SURVEYS, "POST", wave + "/reminders", Map.of()));
        list.add(page(Action.MANAGE_SURVEYS, "POST", wave + "/public-link", Map.of()));
        list.add(api(Action.MANAGE_SURVEYS, "GET", api + "/distribution", null));
        list.add(api(Action.MANAGE_SURVEYS, "POST", api + "/invitations", null));
        list.add(api(Action.MANAGE_SURVEYS, "POST", api + "/reminders", null));
        list.add(api(Action.MANAGE_SURVEYS, "POST", api + "/public-link", null));
        list.add(page(Action.MANAGE_SURVEYS, "POST", wave + "/schedule", Map.of("closesAt", "2099-01-01 10:00")));
        list.add(page(Action.MANAGE_SURVEYS, "POST", wave + "/open", Map.of("now", "true")));
        list.add(page(Action.MANAGE_SURVEYS, "POST", wave + "/close", Map.of()));
        list.add(api(Action.MANAGE_SURVEYS, "PUT", api + "/schedule", "{\"closesAt\":\"2099-01-01T10:00:00Z\"}"));
        list.add(api(Action.MANAGE_SURVEYS, "POST", api + "/open", "{\"now\":true}"));
        list.add(api(Action.MANAGE_SURVEYS, "POST", api + "/close", null));
        // a member's way to their own link: the policy first, the wave's audience after (WaveScheduleIntegrationTests)
        list.add(page(Action.ANSWER_SURVEYS, "POST", wave + "/answer", Map.of()));
        list.add(api(Action.ANSWER_SURVEYS, "POST", api + "/answer", null));
        list.add(api(Action.ANSWER_SURVEYS, "GET", "/api/v1/communities/" + c.slug() + "/surveys/to-answer", null));
    }

    /**
     * Workstreams and workplans (feature workstreams). What a lead does is refused to everyone who leads no
     * workstream here: the standing is the workstream's, so the table's row is the secretariat's alone.
     */
    private void workstreamEndpoints(Community c, List<Endpoint> list) {
        String ws = "/c/" + c.slug() + "/workstreams";
        String wp = "/c/" + c.slug() + "/workplans";
        String api = "/api/v1/communities/" + c.slug();
        Map<String, String> proposal =
                Map.of("title", "Sneaky", "objectives", "x", "durationMonths", "6", "reportEveryMonths", "3");
        list.add(page(Action.VIEW_COMMUNITY_INSIDE, "GET", ws, Map.of()));
        list.add(page(Action.VIEW_COMMUNITY_INSIDE, "GET", ws + "/1", Map.of()));
        list.add(page(Action.VIEW_COMMUNITY_INSIDE, "GET", wp, Map.of()));
        list.add(page(Action.VIEW_COMMUNITY_INSIDE, "GET", wp + "/1", Map.of()));
        list.add(page(Action.VIEW_COMMUNITY_INSIDE, "GET", wp + "/1/items.csv", Map.of()));
        list.add(api(Action.VIEW_COMMUNITY_INSIDE, "GET", api + "/workstreams", null));
        list.add(api(Action.VIEW_COMMUNITY_INSIDE, "GET", api + "/workstreams/1", null));
        list.add(api(Action.VIEW_COMMUNITY_INSIDE, "GET", api + "/workplans", null));
        list.add(api(Action.VIEW_COMMUNITY_INSIDE, "GET", api + "/workplans/1", null));
        list.add(page(Action.PROPOSE_WORKSTREAM, "GET", ws + "/new", Map.of()));
        list.add(page(Action.PROPOSE_WORKSTREAM, "POST", ws, proposal));
        list.add(api(
                Action.PROPOSE_WORKSTREAM,
                "POST",
                api + "/workstreams",
                "{\"title\":\"Sneaky\",\"objectives\":\"x\",\"durationMonths\":\"6\",\"reportEveryMonths\":\"3\"}"));
        list.add(page(Action.LEAD_WORKSTREAM, "POST", ws + "/1/submit", Map.of("body", "1")));
        list.add(page(
                Action.LEAD_WORKSTREAM, "POST", ws + "/1/people", Map.of("person", target.email(), "part", "MEMBER")));
        list.add(page(Action.LEAD_WORKSTREAM, "POST", ws + "/1/people/" + target.id() + "/remove", Map.of()));
        list.add(
                page(Action.LEAD_WORKSTREAM, "POST", ws + "/1/reports", Map.of("dueOn", "2027-01-01", "summary", "x")));
        list.add(page(Action.LEAD_WORKSTREAM, "POST", ws + "/1/start", Map.of()));
        list.add(page(Action.LEAD_WORKSTREAM, "POST", ws + "/1/close", Map.of()));
        list.add(api(Action.LEAD_WORKSTREAM, "POST", api + "/workstreams/1/submission", "{\"body\":\"1\"}"));
        list.add(page(
                Action.MANAGE_WORKPLANS,
                "POST",
                wp,
                Map.of("title", "Sneaky", "kind", "ANNUAL", "startsOn", "2027-01-01", "endsOn", "2027-12-31")));
        list.add(page(
                Action.MANAGE_WORKPLANS,
                "POST",
                wp + "/1/items",
                Map.of("activity", "Sneaky", "startsOn", "2027-01-01", "dueOn", "2027-02-01")));
        list.add(page(Action.MANAGE_WORKPLANS, "POST", wp + "/1/items/1/status", Map.of("status", "DONE")));
        list.add(page(Action.MANAGE_WORKPLANS, "POST", wp + "/1/submit", Map.of("body", "1")));
        list.add(api(
                Action.MANAGE_WORKPLANS,
                "POST",
                api + "/workplans/1/items",
                "{\"activity\":\"Sneaky\",\"startsOn\":\"2027-01-01\",\"dueOn\":\"2027-02-01\"}"));
    }

    /**
     * Surveys (feature surveys): the list is the members' area; building is for a survey's owners (the founder alone
     * here) and the secretariat, whatever else a role allows, so the builder's row is the secretariat's.
     */
    private void surveyEndpoints(Community c, List<Endpoint> list) {
        long[] ids = matrixSurveys.get(c.id());
        String surveys = "/c/" + c.slug() + "/surveys";
        String survey = surveys + "/" + ids[0];
        String wave = survey + "/waves/" + ids[1];
        String section = wave + "/sections/" + ids[2];
        String question = wave + "/questions/" + ids[3];
        String api = "/api/v1/communities/" + c.slug() + "/surveys";
        Map<String, String> asked =
                Map.of("section", String.valueOf(ids[2]), "code", "sneaky", "kind", "SHORT_TEXT", "text", "Sneaky?");
        list.add(page(Action.VIEW_COMMUNITY_INSIDE, "GET", surveys, Map.of()));
        list.add(page(Action.CREATE_SURVEY, "POST", surveys, Map.of("title", "Sneaky", "mode", "IDENTIFIED")));
        list.add(page(Action.MANAGE_SURVEYS, "GET", survey, Map.of()));
        list.add(page(Action.MANAGE_SURVEYS, "POST", survey, Map.of("title", "Sneaky", "smallCellThreshold", "5")));
        list.add(page(Action.MANAGE_SURVEYS, "POST", survey + "/mode", Map.of("mode", "ANONYMOUS")));
        list.add(page(Action.MANAGE_SURVEYS, "POST", survey + "/waves", Map.of("label", "Sneaky")));
        list.add(page(
                Action.MANAGE_SURVEYS,
                "POST",
                survey + "/people",
                Map.of("accountId", String.valueOf(target.id()), "part", "OWNER")));
        list.add(page(
                Action.MANAGE_SURVEYS, "POST", survey + "/people/" + target.id() + "/remove", Map.of("part", "OWNER")));
        list.add(page(Action.MANAGE_SURVEYS, "GET", wave, Map.of()));
        list.add(page(Action.MANAGE_SURVEYS, "GET", wave + "/preview", Map.of()));
        list.add(page(Action.MANAGE_SURVEYS, "POST", wave + "/sections", Map.of("title", "Sneaky")));
        list.add(page(Action.MANAGE_SURVEYS, "POST", section, Map.of("title", "Sneaky")));
        list.add(page(Action.MANAGE_SURVEYS, "POST", section + "/move", Map.of("direction", "up")));
        list.add(page(Action.MANAGE_SURVEYS, "POST", section + "/remove", Map.of()));
        list.add(page(Action.MANAGE_SURVEYS, "GET", wave + "/questions/new?section=" + ids[2], Map.of()));
        list.add(page(Action.MANAGE_SURVEYS, "POST", wave + "/questions", asked));
        list.add(page(Action.MANAGE_SURVEYS, "GET", question, Map.of()));
        list.add(page(Action.MANAGE_SURVEYS, "POST", question, asked));
        list.add(page(Action.MANAGE_SURVEYS, "POST", question + "/move", Map.of("direction", "down")));
        list.add(page(Action.MANAGE_SURVEYS, "POST", question + "/remove", Map.of()));
        list.add(page(Action.MANAGE_SURVEYS, "POST", question + "/restore", Map.of()));
        list.add(api(Action.VIEW_COMMUNITY_INSIDE, "GET", api, null));
        list.add(api(Action.CREATE_SURVEY, "POST", api, "{\"title\":\"Sneaky\"}"));
        list.add(api(Action.MANAGE_SURVEYS, "GET", api + "/" + ids[0], null));
        list.add(api(Action.MANAGE_SURVEYS, "GET", api + "/" + ids[0] + "/waves/" + ids[1], null));
        list.add(api(Action.MANAGE_SURVEYS, "POST", api + "/" + ids[0] + "/waves", "{\"label\":\"Sneaky\"}"));
        list.add(api(
                Action.MANAGE_SURVEYS,
                "POST",
                api + "/" + ids[0] + "/waves/" + ids[1] + "/sections/" + ids[2] + "/questions",
                "{\"code\":\"sneaky\",\"kind\":\"SHORT_TEXT\",\"text\":\"Sneaky?\"}"));
        list.add(api(Action.MANAGE_SURVEYS, "PUT", api + "/" + ids[0] + "/mode", "{\"mode\":\"ANONYMOUS\"}"));
    }

    /**
     * A survey's results and exports (feature surveys). Owners and analysts hold their standing on one survey, so the
     * table's rows are the secretariat's alone; the survey is not looked up before the refusal (403 whether it exists).
     */
    private void surveyResultEndpoints(Community c, List<Endpoint> list) {
        String results = "/c/" + c.slug() + "/surveys/1/results";
        String api = "/api/v1/communities/" + c.slug() + "/surveys/1/results";
        list.add(page(Action.VIEW_SURVEY_RESULTS, "GET", results, Map.of()));
        list.add(page(Action.VIEW_SURVEY_RESULTS, "GET", results + "/compare", Map.of()));
        list.add(page(Action.VIEW_SURVEY_RESULTS, "GET", results + "/codebook.csv", Map.of()));
        list.add(page(Action.VIEW_SURVEY_RESPONSES, "GET", results + "/answers-long.csv", Map.of()));
        list.add(page(Action.VIEW_SURVEY_RESPONSES, "GET", results + "/answers-wide.csv", Map.of()));
        list.add(api(Action.VIEW_SURVEY_RESULTS, "GET", api, null));
        list.add(api(Action.VIEW_SURVEY_RESULTS, "GET", api + "/comparison", null));
    }

    /**
     * Platform-wide surveys (Administration › Surveys, feature surveys): every screen of a community's survey has its
     * twin under {@code /admin/surveys}, behind the platform's action alone; refused before the survey is read.
     */
    private static void platformSurveyEndpoints(List<Endpoint> list) {
        String survey = "/admin/surveys/1";
        String wave = survey + "/waves/1";
        Map<String, String> asked = Map.of("section", "1", "code", "sneaky", "kind", "SHORT_TEXT", "text", "Sneaky?");
        list.add(page(Action.MANAGE_PLATFORM_SURVEYS, "GET", "/admin/surveys", Map.of()));
        list.add(page(
                Action.MANAGE_PLATFORM_SURVEYS,
                "POST",
                "/admin/surveys",
                Map.of("title", "Sneaky", "mode", "IDENTIFIED")));
        list.add(page(Action.MANAGE_PLATFORM_SURVEYS, "GET", survey, Map.of()));
        list.add(page(
                Action.MANAGE_PLATFORM_SURVEYS, "POST", survey, Map.of("title", "Sneaky", "smallCellThreshold", "5")));
        list.add(page(Action.MANAGE_PLATFORM_SURVEYS, "POST", survey + "/mode", Map.of("mode", "ANONYMOUS")));
        list.add(page(Action.MANAGE_PLATFORM_SURVEYS, "POST", survey + "/waves", Map.of("label", "Sneaky")));
        list.add(page(Action.MANAGE_PLATFORM_SURVEYS, "GET", wave, Map.of()));
        list.add(page(Action.MANAGE_PLATFORM_SURVEYS, "GET", wave + "/preview", Map.of()));
        list.add(page(Action.MANAGE_PLATFORM_SURVEYS, "POST", wave + "/sections", Map.of("title", "Sneaky")));
        list.add(page(Action.MANAGE_PLATFORM_SURVEYS, "POST", wave + "/sections/1/move", Map.of("direction", "up")));
        list.add(page(Action.MANAGE_PLATFORM_SURVEYS, "GET", wave + "/questions/new?section=1", Map.of()));
        list.add(page(Action.MANAGE_PLATFORM_SURVEYS, "POST", wave + "/questions", asked));
        list.add(page(Action.MANAGE_PLATFORM_SURVEYS, "POST", wave + "/questions/1/remove", Map.of()));
        list.add(page(Action.MANAGE_PLATFORM_SURVEYS, "GET", wave + "/distribution", Map.of()));
        list.add(page(
                Action.MANAGE_PLATFORM_SURVEYS,
                "POST",
                wave + "/schedule",
                Map.of("audience", "COMMUNITIES", "communities", "1")));
        list.add(page(Action.MANAGE_PLATFORM_SURVEYS, "POST", wave + "/open", Map.of("now", "true")));
        list.add(page(Action.MANAGE_PLATFORM_SURVEYS, "POST", wave + "/invitations", Map.of()));
        list.add(page(Action.MANAGE_PLATFORM_SURVEYS, "POST", wave + "/public-link", Map.of()));
        list.add(page(Action.MANAGE_PLATFORM_SURVEYS, "POST", wave + "/close", Map.of()));
        list.add(page(Action.MANAGE_PLATFORM_SURVEYS, "GET", survey + "/results", Map.of()));
        list.add(page(Action.MANAGE_PLATFORM_SURVEYS, "GET", survey + "/results/compare", Map.of()));
        list.add(page(Action.MANAGE_PLATFORM_SURVEYS, "GET", survey + "/results/answers-long.csv", Map.of()));
    }

    private static Endpoint page(Action action, String method, String path, Map<String, String> form) {
        return new Endpoint(action, false, method, path, form, null, false);
    }

    private static Endpoint api(Action action, String method, String path, String json) {
        return new Endpoint(action, true, method, path, Map.of(), json, false);
    }

    @Test
    void everyEndpointRefusesEveryoneTheTableRefuses() {
        Map<Who, Visitor> sessions = new EnumMap<>(Who.class);
        Map<Who, String> csrfTokens = new EnumMap<>(Who.class);
        Map<Who, Visitor> apis = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            sessions.put(who, who == Who.ANONYMOUS ? fixtures.anonymous() : fixtures.signedIn(accounts.get(who)));
            // each session's token, read once: the forms below carry it, as a page's form would
            csrfTokens.put(who, sessions.get(who).csrfToken());
            apis.put(
                    who,
                    who == Who.ANONYMOUS
                            ? fixtures.anonymousApi()
                            : fixtures.bearer(fixtures.token(accounts.get(who))));
        }
        String before = databaseState();
        String contentBefore = contentState();
        Map<Action, Map<Who, String>> table = expectedTable();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (JoinPolicy policy : JoinPolicy.values()) {
            for (Endpoint endpoint : endpoints(communities.get(policy))) {
                for (Who who : Who.values()) {
                    if (expected(table.get(endpoint.action()).get(who), policy)) {
                        continue;
                    }
                    checked++;
                    Page response = call(endpoint, sessions.get(who), csrfTokens.get(who), apis.get(who));
                    String problem = endpoint.proposersSentOn()
                                    && expected(table.get(Action.PROPOSE_CHANGE).get(who), policy)
                            ? sentOnToPropose(response)
                            : refusal(endpoint, who, response);
                    if (problem != null) {
                        wrong.add(endpoint.method() + " " + endpoint.path() + " as " + who + " in " + policy + ": "
                                + problem);
                    }
                }
            }
        }
        assertThat(wrong).as("endpoints that did not refuse").isEmpty();
        assertThat(checked).isGreaterThan(600);
        assertThat(databaseState()).as("nothing changed").isEqualTo(before);
        assertThat(contentState()).as("no page changed or published").isEqualTo(contentBefore);
    }

    /** Each kind of personal access token: one scope alone, and all of them together. */
    private static final List<Set<TokenScope>> TOKEN_KINDS = List.of(
            Set.of(TokenScope.READ),
            Set.of(TokenScope.WRITE),
            Set.of(TokenScope.GIT),
            Set.of(TokenScope.READ, TokenScope.WRITE, TokenScope.GIT));

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{\\*?([A-Za-z]+)(:[^}]*)?}|\\*\\*");

    /**
     * Every route that is not the JSON API, with its path variables filled in for the given community:
     * what a leaked token could be tried against.
     */
    private Set<String> htmlRoutes(Community c) {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : handlerMappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    continue;
                }
                String path = fill(pattern, c);
                if (methods.isEmpty()) {
                    routes.add("GET " + path);
                    routes.add("POST " + path);
                }
                methods.forEach(method -> routes.add(method.name() + " " + path));
            }
        }
        return routes;
    }

    private String fill(String pattern, Community c) {
        Matcher matcher = PATH_VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1) == null ? "rest" : matcher.group(1);
            String value = switch (name) {
                case "slug" -> c.slug();
                case "rest" -> "guide.md";
                case "change" -> "close";
                case "accountId" -> Long.toString(target.id());
                case "secret", "token" -> "x";
                default -> "1";
            };
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    @Test
    void everyPageRefusesEveryKindOfToken() {
        Account administrator = accounts.get(Who.ADMINISTRATOR);
        List<Visitor> tokenHolders = TOKEN_KINDS.stream()
                .map(scopes -> fixtures.bearer(fixtures.token(administrator, scopes)))
                .toList();
        Community community = communities.get(JoinPolicy.OPEN);
        // what a form would carry to do harm, were the token taken for a session
        Map<String, String> form = Map.of(
                "title",
                "Sneaky",
                "body",
                "Sneaky",
                "name",
                "Sneaky",
                "role",
                "ADMINISTRATOR",
                "scopes",
                "write",
                "acceptConduct",
                "true",
                "conductVersion",
                "1");
        Set<String> routes = htmlRoutes(community);
        String before = databaseState() + contentState() + identityState();
        List<String> wrong = new ArrayList<>();
        for (String route : routes) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1);
            for (int kind = 0; kind < tokenHolders.size(); kind++) {
                Page response = tokenHolders.get(kind).send(method, path, form);
                boolean problem =
                        response.headers().firstValue("Content-Type").orElse("").contains("application/problem+json");
                boolean session = response.headers().allValues("Set-Cookie").stream()
                        .anyMatch(cookie -> cookie.startsWith("SESSION"));
                if (response.status() != 401 || !problem || session) {
                    wrong.add(route + " with a " + TOKEN_KINDS.get(kind) + " token: " + response.status()
                            + (session ? " and a session" : ""));
                }
            }
        }
        assertThat(routes)
                .as("the HTML routes found")
                .hasSizeGreaterThan(150)
                .contains(
                        "POST /account/tokens",
                        "GET /admin/outbox",
                        "POST /admin/accounts/1/role",
                        "POST /c/" + community.slug() + "/page-comments/guide.md",
                        "GET /c/" + community.slug() + "/code-of-conduct/versions",
                        "GET /c/" + community.slug() + "/code-of-conduct/versions/1",
                        "GET /c/" + community.slug() + "/code-of-conduct/compare");
        assertThat(wrong).as("pages that did not refuse a token").isEmpty();
        assertThat(databaseState() + contentState() + identityState())
                .as("nothing changed")
                .isEqualTo(before);
    }

    /** Accounts, tokens (their last use included: a refused token is not even looked up) and sessions. */
    private String identityState() {
        return db.sql(
                        "select (select md5(coalesce(string_agg(a::text, '|' order by a.id), '')) from identity.accounts a)"
                                + " || '/' || (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from identity.access_tokens t)"
                                + " || '/' || (select count(*) from platform.spring_session)")
                .query(String.class)
                .single();
    }

    private Page call(Endpoint endpoint, Visitor session, String csrf, Visitor api) {
        if (endpoint.api()) {
            return api.api(endpoint.method(), endpoint.path(), endpoint.json());
        }
        if ("GET".equals(endpoint.method())) {
            return session.getNoFollow(endpoint.path());
        }
        Map<String, Object> form = new LinkedHashMap<>(endpoint.form());
        form.put("_csrf", csrf);
        return session.postNoFollow(endpoint.path(), form);
    }

    /** Null when the answer sends the person on to propose the page with what they typed, else what was wrong. */
    private static String sentOnToPropose(Page response) {
        String location = response.headers().firstValue("Location").orElse("");
        return response.status() == 303
                        && (location.endsWith(
                                        "/proposals/new?path=methods/linkage.md&title=Record%20linkage&template=case-study")
                                || location.endsWith(
                                        "/proposals/new?path=_templates/case-study.fr.md&title=Case%20study"))
                ? null
                : "expected 303 to the proposal form, got " + response.status() + " " + location;
    }

    /** Null when the answer is the right refusal, else what was wrong with it. */
    private static String refusal(Endpoint endpoint, Who who, Page response) {
        int status = response.status();
        String location = response.headers().firstValue("Location").orElse("");
        if (endpoint.api()) {
            // an anonymous write without token or session is stopped earlier, by the CSRF filter, with a 403 problem
            boolean anonymousWrite = who == Who.ANONYMOUS && !"GET".equals(endpoint.method());
            int wanted = who == Who.ANONYMOUS && !anonymousWrite ? 401 : 403;
            boolean problem =
                    response.headers().firstValue("Content-Type").orElse("").contains("application/problem+json");
            return status == wanted && problem
                    ? null
                    : "expected a " + wanted + " problem, got " + status + " " + response.body();
        }
        if (who == Who.ANONYMOUS) {
            return status == 302 && location.contains("/sign-in")
                    ? null
                    : "expected a redirect to sign in, got " + status + " " + location;
        }
        return status == 403 ? null : "expected 403, got " + status + " " + location;
    }

    private String contentState() {
        return db.sql(
                        "select (select count(*) from content.commits) || '/' || (select count(*) from content.publications)"
                                + " || '/' || (select count(*) from comments.comments) || '/' || (select md5(coalesce(string_agg(c::text, '|' order by c.id), ''))"
                                + " from comments.comments c) || '/' || (select count(*) from comments.threads where resolved_at is not null)")
                .query(String.class)
                .single();
    }

    /** Every table of the features whose writes the endpoints above guard. */
    private String databaseState() {
        Map<String, Object> state = new LinkedHashMap<>();
        List<String> tables = db.sql("""
                        select table_schema || '.' || table_name from information_schema.tables
                        where table_schema in ('community', 'meetings', 'discussions', 'newsletters', 'moderation', 'decisions', 'organisations', 'bodies', 'drives', 'leadership', 'outputs', 'workstreams', 'surveys')
                          and table_type = 'BASE TABLE'
                        order by 1""").query(String.class).list();
        assertThat(tables).contains("community.memberships", "community.audit_log");
        for (String table : tables) {
            state.put(
                    table,
                    db.sql("select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from " + table + " t")
                            .query(String.class)
                            .single());
        }
        return state.toString();
    }
}
