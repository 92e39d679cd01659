package org.statcommons.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.PlatformRole;
import org.statcommons.identity.Account;
import org.statcommons.identity.AccountForm;
import org.statcommons.identity.CreateAccessToken;
import org.statcommons.identity.CreateAccount;
import org.statcommons.identity.NewAccessToken;
import org.statcommons.identity.TokenScope;
import org.statcommons.platform.EmailAddress;

/**
 * Sending one newsletter to 5,000 people (not a test): 4,000 members and 1,000 confirmed subscribers,
 * written straight into the database, then the real API call that sends the newsletter, timed end to end; a
 * second call must be refused and queue nothing. No relay is configured, so the outbox holds the messages
 * instead of delivering them. Run with {@code bench/newsletter.sh}.
 */
public final class NewsletterBenchmark {

    private static final int MEMBERS = 4_000;
    private static final int SUBSCRIBERS = 1_000;

    private NewsletterBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (BenchServer server = BenchServer.start("newsletter", args)) {
            run(server.app());
        }
    }

    private static void run(ConfigurableApplicationContext app) throws Exception {
        JdbcClient db = app.getBean(JdbcClient.class);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        Account secretariat = app.getBean(CreateAccount.class)
                .create(
                        new AccountForm(
                                        "secretariat@bench.example.org",
                                        "lantern quietly orbits 42",
                                        "Bench Secretariat",
                                        "Bench",
                                        "INTERNATIONAL",
                                        "FJ",
                                        "UTC",
                                        List.of("en"),
                                        "")
                                .newAccount(new EmailAddress("secretariat@bench.example.org")),
                        PlatformRole.NONE);
        long community = db.sql("""
                        insert into community.communities (slug, name, purpose, join_policy, created_by)
                        values ('bench-newsletter', 'Bench newsletter', 'Benchmark', 'OPEN', ?) returning id""").param(secretariat.id()).query(Long.class).single();
        db.sql("""
                        insert into community.memberships (community_id, account_id, role, conduct_version, conduct_accepted_at)
                        values (?, ?, 'SECRETARIAT', 1, now())""").params(community, secretariat.id()).update();
        db.sql("""
                        with people as (
                            insert into identity.accounts (email, email_verified, display_name, organisation, organisation_kind, country)
                            select 'member' || g || '@bench.example.org', true, 'Member ' || g, 'Organisation ' || (g % 120),
                                   'NATIONAL_STATISTICAL_OFFICE', (array['FJ','WS','TO','KE','PE','NP'])[1 + g % 6]
                            from generate_series(1, ?) g returning id)
                        insert into community.memberships (community_id, account_id, role, conduct_version, conduct_accepted_at)
                        select ?, id, 'MEMBER', 1, now() from people""").params(MEMBERS - 1, community).update();
        db.sql("""
                        insert into newsletters.subscribers (community_id, email, status, confirmed_at)
                        select ?, 'reader' || g || '@bench.example.org', 'CONFIRMED', now() from generate_series(1, ?) g""").params(community, SUBSCRIBERS).update();
        String token = app.getBean(CreateAccessToken.class)
                .create(
                        secretariat.id(),
                        new NewAccessToken("bench", EnumSet.of(TokenScope.READ, TokenScope.WRITE), null))
                .secret();
        HttpClient http = HttpClient.newHttpClient();
        String api = "http://localhost:" + port + "/api/v1/communities/bench-newsletter/newsletters";
        StringBuilder body = new StringBuilder("## News\\n\\n");
        for (int i = 0; i < 40; i++) {
            body.append("- Item ").append(i).append(": a line of news about the community's work this month.\\n");
        }
        HttpResponse<String> draft = call(http, api, token, "{\"subject\":\"Bench news\",\"body\":\"" + body + "\"}");
        String id = draft.body().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1");
        long before = count(db);

        long start = System.nanoTime();
        HttpResponse<String> sent = call(http, api + "/" + id + "/send", token, null);
        double sendMillis = (System.nanoTime() - start) / 1e6;
        long queued = count(db) - before;

        long again = System.nanoTime();
        HttpResponse<String> twice = call(http, api + "/" + id + "/send", token, null);
        double againMillis = (System.nanoTime() - again) / 1e6;
        long queuedTwice = count(db) - before;

        // the same again with a second newsletter, once the code paths are compiled
        String next = call(http, api, token, "{\"subject\":\"Bench news 2\",\"body\":\"" + body + "\"}")
                .body()
                .replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1");
        long warm = System.nanoTime();
        HttpResponse<String> sentWarm = call(http, api + "/" + next + "/send", token, null);
        double warmMillis = (System.nanoTime() - warm) / 1e6;

        System.out.printf(
                Locale.ROOT,
                "| Send one newsletter to %d members + %d subscribers (API call, one transaction), first / second newsletter | %.0f ms / %.0f ms (%s, %s) |%n",
                MEMBERS,
                SUBSCRIBERS,
                sendMillis,
                warmMillis,
                sent.body(),
                sentWarm.body());
        System.out.printf(
                Locale.ROOT,
                "| Messages queued in the outbox / deliveries recorded | %d / %d |%n",
                queued,
                db.sql("select count(*) from newsletters.deliveries where newsletter_id = ?")
                        .param(Long.parseLong(id))
                        .query(Long.class)
                        .single());
        System.out.printf(
                Locale.ROOT,
                "| Second send of the same newsletter | %d in %.0f ms, queued in all: %d |%n",
                twice.statusCode(),
                againMillis,
                queuedTwice);
    }

    private static long count(JdbcClient db) {
        return db.sql("select count(*) from mail.outbox").query(Long.class).single();
    }

    private static HttpResponse<String> call(HttpClient http, String url, String token, String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", "application/json")
                        .header("Content-Type", "application/json")
                        .POST(
                                json == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
