package org.statcommons.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.csv.CSVFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12: "pseudonymous answers cannot be joined to accounts through any page, export or API". Six members with
 * known accounts answer a pseudonymous survey's baseline and endpoint; then every survey page, export, API answer,
 * the activity figures and the evaluation report (page and PDF) that the survey's owner, its analyst and the
 * community's secretariat can reach are read, and none holds a respondent's name, e-mail address, account number or
 * personal-link secret; the pseudonyms of the export are the server's keyed ones, which no plain hash of the account
 * number gives. An anonymous survey keeps no pseudonym at all, and once answered nothing in the feature's tables leads
 * from an invitation to its response.
 */
@StatCommonsIntegrationTest
class PseudonymsCannotBeJoinedIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    SurveyWaves surveyWaves;

    @Autowired
    Pseudonymizer pseudonymizer;

    @Autowired
    JdbcClient db;

    private final JsonMapper json = JsonMapper.builder().build();

    private record Respondent(Account account, List<String> secrets) {}

    @Test
    void noPageExportOrApiAnOwnerAnAnalystOrTheSecretariatReadsJoinsAPseudonymToAnAccount() throws Exception {
        Account secretariat = fixtures.account("Keeper Vaipulu", "FJ", "INTERNATIONAL", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Joined nowhere", JoinPolicy.BY_REQUEST, secretariat);
        String slug = community.slug();
        Account owner = fixtures.member(community, "Olinda Owner", CommunityRole.FACILITATOR);
        Account analyst = fixtures.member(community, "Anaru Analyst", CommunityRole.MEMBER);
        List<Respondent> respondents = new ArrayList<>();
        for (String name : List.of(
                "Quimby Xanthoula",
                "Wendeline Zorrilla",
                "Yaroslava Quetzal",
                "Zebedee Wolfhart",
                "Xiomara Yardley",
                "Vashti Quillfeather")) {
            Account account = fixtures.account(name, "FJ", "NATIONAL_STATISTICAL_OFFICE", PlatformRole.NONE);
            fixtures.join(community, account, CommunityRole.MEMBER);
            respondents.add(new Respondent(account, new ArrayList<>()));
        }
        Questionnaire baseline =
                surveyWaves.wave(community.id(), RespondentMode.PSEUDONYMOUS, AudienceKind.COMMUNITY, null, owner.id());
        long surveyId = baseline.survey().id();
        String survey = "/c/" + slug + "/surveys/" + surveyId;
        String api = "/api/v1/communities/" + slug + "/surveys/" + surveyId;
        Visitor ownerWeb = fixtures.signedIn(owner);
        assertThat(ownerWeb.submit(survey, survey + "/people", Map.of("accountId", analyst.id(), "part", "ANALYST"))
                        .status())
                .isEqualTo(200);
        Visitor ownerApi = fixtures.bearer(fixtures.token(owner));
        for (Respondent r : respondents) {
            r.secrets().add(answer(r.account(), slug, surveyId, baseline.wave().id(), "2"));
        }
        Page next = ownerApi.api("POST", api + "/waves", "{\"label\":\"Endpoint\"}");
        assertThat(next.status()).as(next.body()).isEqualTo(201);
        long endpoint = json.readTree(next.body()).get("id").asLong();
        assertThat(ownerApi.api("POST", api + "/waves/" + endpoint + "/open", null)
                        .status())
                .isEqualTo(200);
        for (int i = 0; i < respondents.size(); i++) {
            Respondent r = respondents.get(i);
            r.secrets().add(answer(r.account(), slug, surveyId, endpoint, i < 3 ? "4" : "2"));
        }
        // the secretariat writes the evaluation report, which reads the surveys
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String period = "from=" + today.withDayOfMonth(1) + "&to=" + today;
        Visitor secretariatWeb = fixtures.signedIn(secretariat);
        Page report = secretariatWeb.submit(
                "/c/" + slug + "/insights",
                "/c/" + slug + "/insights/evaluation-report",
                Map.of("from", today.withDayOfMonth(1).toString(), "to", today.toString()));
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        String reportPage = report.path();

        List<Long> waves = List.of(baseline.wave().id(), endpoint);
        List<String> pages = new ArrayList<>(List.of(
                "/c/" + slug + "/surveys",
                survey,
                survey + "/results",
                survey + "/results/compare",
                survey + "/results?country=FJ",
                survey + "/results?kind=NATIONAL_STATISTICAL_OFFICE",
                "/c/" + slug + "/insights?" + period,
                "/c/" + slug + "/insights.csv?" + period,
                reportPage));
        List<String> exports =
                new ArrayList<>(List.of(survey + "/results/codebook.csv", survey + "/results/answers-long.csv"));
        List<String> apis = new ArrayList<>(List.of(
                "/api/v1/communities/" + slug + "/surveys",
                "/api/v1/communities/" + slug + "/surveys/to-answer",
                api,
                api + "/results",
                api + "/results/comparison",
                "/api/v1/communities/" + slug + "/insights?" + period));
        for (long wave : waves) {
            String w = survey + "/waves/" + wave;
            pages.addAll(List.of(w, w + "/distribution", w + "/preview?section=1", w + "/preview?section=3"));
            for (int section = 1; section <= 3; section++) {
                pages.add(survey + "/results?wave=" + wave + "&section=" + section);
            }
            exports.add(survey + "/results/answers-wide.csv?wave=" + wave);
            apis.addAll(List.of(
                    api + "/waves/" + wave, api + "/waves/" + wave + "/distribution", api + "/results?wave=" + wave));
        }

        Map<String, Account> readers = new LinkedHashMap<>();
        readers.put("owner", owner);
        readers.put("analyst", analyst);
        readers.put("secretariat", secretariat);
        int read = 0;
        for (Map.Entry<String, Account> reader : readers.entrySet()) {
            Visitor web = reader.getValue() == secretariat ? secretariatWeb : fixtures.signedIn(reader.getValue());
            Visitor token = fixtures.bearer(fixtures.token(reader.getValue()));
            for (String page : pages) {
                read += check(reader.getKey() + " " + page, web.get(page), respondents);
            }
            for (String export : exports) {
                Visitor.Download download = web.download(export);
                String body = new String(download.body(), StandardCharsets.UTF_8);
                read += check(reader.getKey() + " " + export, body, respondents);
                if (download.status() == 200 && export.contains("answers-")) {
                    assertThat(column(body, "respondent")).as(export).doesNotContainAnyElementsOf(ids(respondents));
                }
            }
            for (String call : apis) {
                read += check(reader.getKey() + " " + call, token.api("GET", call, null), respondents);
            }
            Visitor.Download pdf = web.download("/c/" + slug + "/insights/evaluation-report.pdf?" + period);
            if (pdf.status() == 200) {
                try (PDDocument document = Loader.loadPDF(pdf.body())) {
                    read += check(reader.getKey() + " PDF", new PDFTextStripper().getText(document), respondents);
                }
            }
        }
        // the owner and the secretariat read every page; the analyst is refused the raw exports and the builder
        assertThat(read).isGreaterThan(2 * (pages.size() + exports.size() + apis.size()));
        Visitor.Download analystsLong = fixtures.signedIn(analyst).download(survey + "/results/answers-long.csv");
        assertThat(analystsLong.status()).isEqualTo(403);

        // the export's pseudonyms are the server's keyed ones, one per person and the same in both waves
        String longCsv = new String(
                ownerWeb.download(survey + "/results/answers-long.csv").body(), StandardCharsets.UTF_8);
        Set<String> pseudonyms = Set.copyOf(column(longCsv, "respondent"));
        Set<String> keyed = respondents.stream()
                .map(r -> pseudonymizer.pseudonym(surveyId, r.account().id()))
                .collect(Collectors.toSet());
        assertThat(pseudonyms).isEqualTo(keyed).hasSize(respondents.size());
        Set<String> plain = new java.util.HashSet<>();
        for (Respondent r : respondents) {
            plain.addAll(plainDerivations(surveyId, r.account().id()));
        }
        assertThat(pseudonyms).doesNotContainAnyElementsOf(plain);
        // the paired change pairs the six, seen by nobody as persons
        Page compared = ownerWeb.get(survey + "/results/compare");
        assertThat(compared.text()).contains("6 respondents answered both waves.");
    }

    @Test
    void anAnonymousSurveyKeepsNoPseudonymAndNothingLeadsFromAnInvitationToItsResponse() throws Exception {
        Account secretariat = fixtures.account("Keeper Anon", "FJ", "INTERNATIONAL", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Answers of no one", JoinPolicy.BY_REQUEST, secretariat);
        String slug = community.slug();
        Account owner = fixtures.member(community, "Otto Owner", CommunityRole.FACILITATOR);
        Questionnaire wave =
                surveyWaves.wave(community.id(), RespondentMode.ANONYMOUS, AudienceKind.COMMUNITY, null, owner.id());
        long surveyId = wave.survey().id();
        List<Respondent> respondents = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Account account = fixtures.member(community, "Anonymous respondent " + i, CommunityRole.MEMBER);
            respondents.add(new Respondent(
                    account, List.of(answer(account, slug, surveyId, wave.wave().id(), Integer.toString(i + 1)))));
        }

        List<Map<String, Object>> responses =
                db.sql("""
                        select account_id, pseudonym, resume_key, submitted_at from surveys.responses
                        where wave_id = ?""").param(wave.wave().id()).query().listOfRows();
        assertThat(responses).hasSize(5).allSatisfy(row -> {
            assertThat(row.get("account_id")).isNull();
            assertThat(row.get("pseudonym")).isNull();
            assertThat(row.get("resume_key")).isNull();
            assertThat(row.get("submitted_at")).isNotNull();
        });
        // the invitation knows only that its person answered: no response, no time of answering
        assertThat(db.sql("""
                        select column_name from information_schema.columns
                        where table_schema = 'surveys' and table_name = 'invitations'""").query(String.class).list())
                .noneMatch(c -> c.contains("response") || c.contains("answered_at") || c.contains("submitted"));
        assertThat(db.sql("select count(*) from surveys.invitations where wave_id = ? and answered")
                        .param(wave.wave().id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(5);
        // the response carries nothing computed from the link or the account
        Set<String> responseValues = db
                .sql("select cast(r as text) from surveys.responses r where wave_id = ?")
                .param(wave.wave().id())
                .query(String.class)
                .list()
                .stream()
                .collect(Collectors.toSet());
        for (Respondent r : respondents) {
            String secret = r.secrets().get(0);
            for (String row : responseValues) {
                assertThat(row)
                        .doesNotContain(secret)
                        .doesNotContain(pseudonymizer.resumeKey(secret))
                        .doesNotContain(
                                pseudonymizer.pseudonym(surveyId, r.account().id()));
            }
            Page again = fixtures.anonymousApi().api("GET", "/api/v1/survey-links/" + secret, null);
            // the link says only that it was answered: its answers are no one's now
            assertThat(again.status()).as(again.body()).isEqualTo(200);
            assertThat(json.readTree(again.body()).get("submitted").asBoolean()).isTrue();
            assertThat(json.readTree(again.body()).get("answers")).isEmpty();
        }
        Visitor ownerWeb = fixtures.signedIn(owner);
        String longCsv = new String(
                ownerWeb.download("/c/" + slug + "/surveys/" + surveyId + "/results/answers-long.csv")
                        .body(),
                StandardCharsets.UTF_8);
        assertThat(column(longCsv, "question_code")).contains("trust");
        assertThat(column(longCsv, "respondent")).isNotEmpty().allMatch(String::isEmpty);
        check("owner's long CSV", longCsv, respondents);
    }

    /** One personal link's answers to the three sections, submitted; the link's secret. */
    private String answer(Account account, String slug, long surveyId, long waveId, String trust) {
        Page made = fixtures.bearer(fixtures.token(account))
                .api(
                        "POST",
                        "/api/v1/communities/" + slug + "/surveys/" + surveyId + "/waves/" + waveId + "/answer",
                        null);
        assertThat(made.status()).as(made.body()).isEqualTo(200);
        String link = json.readTree(made.body()).get("link").asString();
        String secret = link.substring(link.lastIndexOf('/') + 1);
        String path = "/api/v1/survey-links/" + secret;
        Visitor script = fixtures.anonymousApi();
        for (String[] section : new String[][] {
            {"1", "{\"answers\":{\"role\":\"nso\",\"staff\":\"25\",\"country\":\"FJ\"}}"},
            {"2", "{\"answers\":{\"topics\":[\"a\"],\"trust\":\"" + trust + "\"}}"},
            {"3", "{\"answers\":{\"grid.i1\":\"3\",\"grid.i2\":\"4\",\"comments\":\"Fine.\"}}"}
        }) {
            Page saved = script.api("PUT", path + "/sections/" + section[0], section[1]);
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        }
        Page submitted = script.api("POST", path + "/submission", null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return secret;
    }

    private int check(String what, Page page, List<Respondent> respondents) {
        return check(what + " (" + page.status() + ")", stripMemberPicker(page.body()), respondents);
    }

    /**
     * Fails when the text names a respondent: their name, e-mail address (or its part before the @), a secret of
     * their links, or their account number where an account is meant (an address or a field about a person: a bare
     * number may be any count). Returns 1, for counting what was read.
     */
    private static int check(String what, String text, List<Respondent> respondents) {
        for (Respondent r : respondents) {
            Account a = r.account();
            assertThat(text)
                    .as(what)
                    .doesNotContain(a.displayName())
                    .doesNotContain(a.email())
                    .doesNotContain(a.email().substring(0, a.email().indexOf('@')));
            for (String secret : r.secrets()) {
                assertThat(text).as(what).doesNotContain(secret);
            }
            assertThat(Pattern.compile("(?i)(/people/|/members/|/accounts/|account_?id\\W{1,3}|\"account\"\\W{1,3}"
                                    + "|\"respondent\"\\W{1,3}|accountId=)"
                                    + a.id() + "(?!\\d)")
                            .matcher(text)
                            .find())
                    .as(what + ": account " + a.id())
                    .isFalse();
        }
        return 1;
    }

    /**
     * The survey screen's picker of owners and analysts suggests members of the community by name, whether they
     * answered or not: it says nothing about answers, so its suggestions are left out of what is read for them.
     */
    private static String stripMemberPicker(String html) {
        return html.replaceAll("(?s)<datalist id=\"person-names\">.*?</datalist>", "");
    }

    private static List<String> column(String csv, String name) throws IOException {
        String body = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(body))
                .getRecords()
                .stream()
                .map(r -> r.get(name))
                .toList();
    }

    private static List<String> ids(List<Respondent> respondents) {
        return respondents.stream().map(r -> Long.toString(r.account().id())).toList();
    }

    /** What someone holding the account numbers but not the server's key could compute, in the usual encodings. */
    private static Set<String> plainDerivations(long surveyId, long accountId) throws GeneralSecurityException {
        Set<String> derived = new java.util.HashSet<>();
        List<String> inputs = List.of(
                Long.toString(accountId),
                surveyId + ":" + accountId,
                surveyId + "/" + accountId,
                surveyId + "-" + accountId,
                surveyId + "" + accountId);
        for (String input : inputs) {
            byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
            for (String algorithm : List.of("SHA-256", "SHA-1", "MD5")) {
                byte[] digest = MessageDigest.getInstance(algorithm).digest(bytes);
                derived.add(HexFormat.of().formatHex(digest));
                derived.add(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
                derived.add(Base64.getEncoder().encodeToString(digest));
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
            byte[] zeroKey = mac.doFinal(bytes);
            derived.add(Base64.getUrlEncoder().withoutPadding().encodeToString(zeroKey));
            derived.add(HexFormat.of().formatHex(zeroKey));
            derived.add(input);
        }
        return derived;
    }
}
