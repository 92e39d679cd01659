package org.statcommons.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * The forms that pick a person (a co-lead's term, a nominee, a seat's holders, an organisation's representative, a
 * workstream's people) stay under 30 KB in a community of 500 members, since they suggest at most 50 names for a
 * typed one; a name that matches no member or several is refused at the field, nothing saved, the form shown again
 * with what was typed; an e-mail address picks one of several of the same name.
 */
@StatCommonsIntegrationTest
class MemberPickerIntegrationTests {

    private static final int LIMIT = 30 * 1024;
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Pattern OPTIONS = Pattern.compile("<datalist[^>]*>(.*?)</datalist>", Pattern.DOTALL);

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Autowired
    TestClock clock;

    @Autowired
    MemberPicker picker;

    @Test
    void everyPickingPageStaysUnder30KbAtFiveHundredMembersAndAmbiguousOrUnknownNamesAreRefusedAtTheField() {
        String suffix = Long.toString(System.nanoTime(), 36);
        Account keeper = fixtures.account("Picker keeper " + suffix, PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Pickers at scale", JoinPolicy.BY_REQUEST, keeper);
        String c = "/c/" + community.slug();
        Visitor secretariat = fixtures.signedIn(keeper);
        List<Account> many = fixtures.members(
                community, "Representative of the Pacific statistical office " + suffix, 500, CommunityRole.MEMBER);
        Account lead = many.get(0);
        Account sam = fixtures.member(community, "Sam Same " + suffix, CommunityRole.MEMBER);
        Account otherSam = fixtures.member(community, "Sam Same " + suffix, CommunityRole.MEMBER);

        // a body, an election in nominations, a member organisation, a workstream: each page with its picker
        Page body = secretariat.submit(c + "/bodies", c + "/bodies", fields("name", "Steering Committee"));
        assertThat(body.text()).contains("The body is set up.");
        String bodyPage = body.path();
        long bodyId = Long.parseLong(bodyPage.substring(bodyPage.lastIndexOf('/') + 1));
        ZoneId fiji = ZoneId.of("Pacific/Fiji");
        Page election = secretariat.submit(
                c + "/co-leads",
                c + "/elections",
                fields(
                        "body",
                        bodyId,
                        "title",
                        "Co-leads at scale",
                        "seats",
                        "1",
                        "nominationsEnd",
                        TYPED.format(clock.instant().plus(Duration.ofDays(2)).atZone(fiji)),
                        "votingEnd",
                        TYPED.format(clock.instant().plus(Duration.ofDays(4)).atZone(fiji)),
                        "termStartsOn",
                        LocalDate.ofInstant(clock.instant(), fiji).plusDays(10).toString()));
        assertThat(election.text()).contains("nominations are open");
        Page organisation = secretariat.submitNoFollow(
                "/organisations/new",
                "/organisations",
                fields(
                        "name",
                        "Pacific Office " + suffix,
                        "acronym",
                        "",
                        "kind",
                        "NATIONAL_STATISTICAL_OFFICE",
                        "country",
                        "FJ",
                        "website",
                        ""));
        long organisationId = Long.parseLong(
                organisation.location().substring(organisation.location().lastIndexOf('/') + 1));
        secretariat.submit(c + "/organisations", c + "/organisations", fields("organisationId", organisationId));
        Visitor leader = fixtures.signedIn(lead);
        Page workstream = leader.submit(
                c + "/workstreams/new",
                c + "/workstreams",
                fields(
                        "title",
                        "Census at scale",
                        "objectives",
                        "Compare",
                        "durationMonths",
                        "12",
                        "reportEveryMonths",
                        "3"));
        assertThat(workstream.status()).isEqualTo(200);

        for (String page : List.of(c + "/co-leads", election.path(), bodyPage, c + "/organisations")) {
            assertLight(secretariat.get(page), page);
        }
        assertLight(leader.get(workstream.path()), workstream.path());
        assertLight(leader.get(election.path()), "the nominee's field, for a member");

        // the co-lead's term: several of that name, then none, then the one chosen by e-mail address
        Page several = secretariat.submit(
                c + "/co-leads", c + "/co-leads", fields("person", " sam same " + suffix, "startsOn", "2030-01-01"));
        assertThat(several.status()).isEqualTo(400);
        assertThat(several.text())
                .contains("2 members are called “sam same " + suffix + "”")
                .contains("Sam Same " + suffix + " (Org of Sam Same " + suffix + ")")
                .contains("Type the e-mail address of the one you mean.");
        assertThat(several.body())
                .as("the form again, with what was typed and the names that hold it")
                .contains("value=\" sam same " + suffix + "\"")
                .contains("<option value=\"Sam Same " + suffix + "\">");
        Page none = secretariat.submit(
                c + "/co-leads", c + "/co-leads", fields("person", "Nobody " + suffix, "startsOn", "2030-01-01"));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.text())
                .contains("No current member (guests aside) is called “Nobody " + suffix
                        + "” or has that e-mail address.");
        assertThat(count("select count(*)::int from leadership.terms where community_id = ?", community.id()))
                .as("nothing saved")
                .isZero();
        Page chosen = secretariat.submit(
                c + "/co-leads",
                c + "/co-leads",
                fields("person", otherSam.email().toUpperCase(), "startsOn", "2030-01-01"));
        assertThat(chosen.text()).contains("The co-lead’s term is recorded.");
        assertThat(count(
                        "select count(*)::int from leadership.terms where community_id = ? and account_id = "
                                + otherSam.id(),
                        community.id()))
                .isEqualTo(1);

        // a seat: both places refused at once, nothing saved; then the representative by name, the alternate blank
        Page seat = secretariat.submit(
                bodyPage,
                bodyPage + "/seats",
                fields(
                        "organisationId",
                        organisationId,
                        "representative",
                        "Sam Same " + suffix,
                        "alternate",
                        "Nobody " + suffix));
        assertThat(seat.status()).isEqualTo(400);
        assertThat(seat.text())
                .contains("2 members are called “Sam Same " + suffix + "”")
                .contains("No current member is called “Nobody " + suffix + "”");
        assertThat(count("select count(*)::int from bodies.seats where body_id = ?", bodyId))
                .as("nothing saved")
                .isZero();
        Page seated = secretariat.submit(
                bodyPage,
                bodyPage + "/seats",
                fields(
                        "organisationId",
                        organisationId,
                        "representative",
                        many.get(7).displayName(),
                        "alternate",
                        ""));
        assertThat(seated.text())
                .contains("The seat is saved.")
                .contains(many.get(7).displayName() + " vacant");
        assertThat(seated.body())
                .as("the body's people are the names suggested")
                .contains("<option value=\"" + many.get(7).displayName() + "\">");

        // a nominee and a workstream's person, by name
        assertThat(leader.submit(
                                election.path(), election.path() + "/nominations", fields("nominee", sam.displayName()))
                        .status())
                .isEqualTo(400);
        assertThat(leader.submit(
                                election.path(),
                                election.path() + "/nominations",
                                fields("nominee", many.get(3).displayName()))
                        .text())
                .contains("The nomination is recorded.");
        Page added = leader.submit(
                workstream.path(),
                workstream.path() + "/people",
                fields("person", many.get(4).displayName(), "part", "MEMBER"));
        assertThat(added.text()).contains(many.get(4).displayName());
        Page representative = secretariat.submit(
                c + "/organisations",
                c + "/organisations/representatives",
                fields("organisationId", organisationId, "representative", sam.email()));
        assertThat(representative.status()).isEqualTo(200);
        assertThat(representative.text()).contains("Sam Same " + suffix);
    }

    @Test
    void suggestionsForATypedNameAreReadByTheDatabaseBoundedAndAmongActiveMembersOnly() {
        String suffix = Long.toString(System.nanoTime(), 36);
        Account keeper = fixtures.account("Suggest keeper " + suffix, PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Suggested names", JoinPolicy.BY_REQUEST, keeper);
        fixtures.members(community, "Census officer " + suffix, 60, CommunityRole.MEMBER);
        Account tala = fixtures.member(community, "Tala 100% Ma_ka " + suffix, CommunityRole.MEMBER);
        Account guest = fixtures.member(community, "Tala guest " + suffix, CommunityRole.GUEST);
        Account gone = fixtures.member(community, "Tala gone " + suffix, CommunityRole.MEMBER);
        db.sql("update identity.accounts set status = 'SUSPENDED' where id = ?")
                .param(gone.id())
                .update();
        Account outsider = fixtures.account("Tala outsider " + suffix, PlatformRole.NONE);

        // a typed part of a name, letter case aside; the guest only where guests may be picked; never the suspended
        // account nor someone outside the community
        assertThat(picker.suggestions(community.id(), MemberPicker.Among.MEMBERS, List.of(), "tala"))
                .containsExactly(tala.displayName(), guest.displayName())
                .doesNotContain(gone.displayName(), outsider.displayName());
        assertThat(picker.suggestions(community.id(), MemberPicker.Among.MEMBERS_BUT_GUESTS, List.of(), "TALA"))
                .containsExactly(tala.displayName());
        // what LIKE would read as wildcards is matched as typed
        assertThat(picker.suggestions(community.id(), MemberPicker.Among.MEMBERS, List.of(), "100% ma_"))
                .containsExactly(tala.displayName());
        assertThat(picker.suggestions(community.id(), MemberPicker.Among.MEMBERS, List.of(), "0%_"))
                .as("nothing matches: the first members instead")
                .hasSize(MemberPicker.SUGGESTED_MAX);
        // sixty officers match: fifty suggested, in order of name
        List<String> officers =
                picker.suggestions(community.id(), MemberPicker.Among.MEMBERS, List.of(), "census officer");
        assertThat(officers).hasSize(MemberPicker.SUGGESTED_MAX).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        // the people given first, if still members
        assertThat(picker.suggestions(
                        community.id(), MemberPicker.Among.MEMBERS, List.of(tala.id(), outsider.id()), ""))
                .containsExactly(tala.displayName());
    }

    private static void assertLight(Page page, String what) {
        assertThat(page.status()).as(what).isEqualTo(200);
        assertThat(page.body().getBytes(StandardCharsets.UTF_8).length)
                .as(what + " under 30 KB")
                .isLessThan(LIMIT);
        Matcher list = OPTIONS.matcher(page.body());
        assertThat(list.find()).as(what + " has a picker").isTrue();
        int options = 0;
        list.reset();
        while (list.find()) {
            options = Math.max(options, list.group(1).split("<option").length - 1);
        }
        assertThat(options).as(what + ": names suggested").isBetween(1, MemberPicker.SUGGESTED_MAX);
    }

    private int count(String sql, long id) {
        return db.sql(sql).param(id).query(Integer.class).single();
    }
}
