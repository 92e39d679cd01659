package org.statcommons.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.GitCli;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/** What an operator watches: the Prometheus endpoint, its token, and the request id in answers and the outbox. */
@StatCommonsIntegrationTest
class MetricsIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMappings;

    @Value("${management.metrics.web.server.max-uri-tags}")
    int maxUriTags;

    @Test
    void prometheusReadsRequestsSavesGitTheOutboxAndThePoolWithTheMetricsTokenOnly() {
        Community community = fixtures.community("Metrics community");
        Account ana = fixtures.member(community, "Ana Metrics", CommunityRole.LEADER);
        Visitor browser = fixtures.signedIn(ana);
        fixtures.page(browser, community, "guide", "Guide", "A page.");
        browser.get("/c/" + community.slug());
        Path work = new GitCli().cloned(port, community.slug(), ana.email(), fixtures.gitToken(ana));
        assertThat(work.resolve("guide.md")).exists();

        // a made-up method is counted as OTHER: no client can add meters at will
        Visitor prober = fixtures.anonymous();
        prober.exchange(prober.request("/").method("BOGUS1", HttpRequest.BodyPublishers.noBody()));

        assertThat(fixtures.anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(fixtures.bearer("not-the-token").get("/actuator/prometheus").status())
                .isEqualTo(401);
        // a person's access token, even an administrator's, is no metrics token; nor is a signed-in session
        assertThat(fixtures.bearer(fixtures.token(ana))
                        .get("/actuator/prometheus")
                        .status())
                .isEqualTo(401);
        assertThat(browser.get("/actuator/prometheus").status()).isEqualTo(401);

        Page metrics = fixtures.bearer(StatCommonsIntegrationTest.METRICS_TOKEN).get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.contentType()).startsWith("text/plain");
        assertThat(metrics.body())
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/c/\\{slug\\}\"[^}]*\\} [1-9]")
                .containsPattern("statcommons_page_saves_total\\{outcome=\"saved\"[^}]*\\} [1-9]")
                .containsPattern("statcommons_git_fetches_total(\\{[^}]*\\})? [1-9]")
                .contains("statcommons_git_pushes_total")
                .contains("statcommons_outbox_backlog")
                .contains("statcommons_outbox_failures_total")
                .contains("statcommons_search_seconds_count")
                .contains("hikaricp_connections_active")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*method=\"OTHER\"")
                .doesNotContain("BOGUS1")
                // routes by their pattern, never by the address asked
                .doesNotContain("uri=\"/c/" + community.slug());
    }

    @Test
    void everyRouteCanBeCountedForItsTagLimitIsAboveTheNumberOfRoutes() {
        // Boot's guard stops recording new uri tags past this limit; ours are route patterns, so all must fit
        long routes = handlerMappings.getHandlerMethods().keySet().stream()
                .flatMap(mapping -> mapping.getPatternValues().stream())
                .distinct()
                .count();
        assertThat(routes).isGreaterThan(100);
        assertThat(maxUriTags).isGreaterThan((int) routes + 10);
    }

    @Test
    void everyAnswerNamesItsRequestAndTheOutboxKeepsTheRequestThatQueuedAnEmail() throws Exception {
        Page home = fixtures.anonymous().get("/");
        assertThat(home.header(RequestIds.HEADER)).matches("[0-9a-f]{16}");
        Visitor proxied = fixtures.anonymous();
        Page given = proxied.exchange(
                proxied.request("/").header(RequestIds.HEADER, "edge-7f3a.1").GET());
        assertThat(given.header(RequestIds.HEADER)).isEqualTo("edge-7f3a.1");
        Page hostile = proxied.exchange(proxied.request("/")
                .header(RequestIds.HEADER, "x\" onload=1 " + "y".repeat(80))
                .GET());
        assertThat(hostile.header(RequestIds.HEADER)).matches("[0-9a-f]{16}");

        Account bo = fixtures.account("Bo Outbox");
        Visitor browser = fixtures.anonymous();
        String csrf = browser.get("/password-reset").csrf();
        Page asked = browser.exchange(browser.request("/password-reset")
                .header(RequestIds.HEADER, "reset-request-42")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "email=" + URLEncoder.encode(bo.email(), StandardCharsets.UTF_8) + "&_csrf="
                                + URLEncoder.encode(csrf, StandardCharsets.UTF_8))));
        assertThat(asked.status()).isEqualTo(200);
        assertThat(db.sql("select request_id from mail.outbox where recipient = ? order by id desc limit 1")
                        .param(bo.email())
                        .query(String.class)
                        .single())
                .isEqualTo("reset-request-42");
    }
}
