package org.statcommons.data.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.statcommons.access.Actor;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.data.PublishedDatasets;
import org.statcommons.data.PublishedDatasets.Published;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * A data request's story: someone signed in (not a member) asks, others support it once each, the list is by support,
 * the publisher's data team answers it with a released dataset and the asker and supporters are told; a bad answer is
 * named and changes nothing; the public reads the lists but cannot ask.
 */
@StatCommonsIntegrationTest
class DataRequestIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Test
    void aRequestIsAskedSupportedAndAnsweredWithADataset() {
        Account office = fixtures.account("Request office", PlatformRole.ADMINISTRATOR);
        Published data = PublishedDatasets.publish(
                fixtures, office, "District populations", "REF_AREA,TIME_PERIOD,Population\nKEN,2020,5\n");
        String requests = "/c/" + data.community().slug() + "/data/requests";
        Account asker = fixtures.account("Planner");
        // told of the answer as a member (notifications reach those who may see the members' area); the supporter
        // below is not a member
        fixtures.join(data.community(), asker, org.statcommons.access.CommunityRole.MEMBER);
        Visitor planner = fixtures.signedIn(asker);
        Page asked = planner.submitNoFollow(
                requests, requests, Map.of("title", "Population by district", "body", "For school planning."));
        assertThat(asked.status()).as(asked.body()).isEqualTo(302);
        assertThat(planner.submitNoFollow(requests, requests, Map.of("title", "Births by month", "body", ""))
                        .status())
                .isEqualTo(302);
        Page empty = planner.submit(requests, requests, Map.of("title", " ", "body", "x"));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("field-error");

        Visitor second = fixtures.signedIn(fixtures.account("Teacher"));
        String support = supportAction(second.get(requests).body(), "Births by month");
        assertThat(second.submitNoFollow(requests, support, Map.of()).status()).isEqualTo(302);
        assertThat(second.submitNoFollow(requests, support, Map.of()).status())
                .as("supported again: counted once")
                .isEqualTo(302);
        Page sorted = fixtures.anonymous().get(requests);
        assertThat(sorted.text()).contains("2 supporters");
        assertThat(sorted.body().indexOf("Births by month"))
                .as("most supported first")
                .isLessThan(sorted.body().indexOf("For school planning."));
        assertThat(sorted.body()).doesNotContain("name=\"title\"");
        assertThat(fixtures.anonymous().get("/data/requests").text()).contains("Births by month", "2 supporters");

        Visitor team = fixtures.signedIn(office);
        String answer = answerAction(team.get(requests).body(), "Population by district");
        Page bad = team.submit(requests, answer, Map.of("status", "RELEASED", "datasetId", "987654321", "answer", ""));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("is not a released dataset of this community");
        Page declinedWithoutReason = team.submit(requests, answer, Map.of("status", "DECLINED", "answer", ""));
        assertThat(declinedWithoutReason.status()).isEqualTo(400);
        assertThat(planner.submitNoFollow(requests, answer, Map.of("status", "PLANNED", "answer", ""))
                        .status())
                .as("only the data team answers")
                .isEqualTo(403);
        Page answered = team.submitNoFollow(
                requests,
                answer,
                Map.of("status", "RELEASED", "datasetId", String.valueOf(data.id()), "answer", "Out."));
        assertThat(answered.status()).as(answered.body()).isEqualTo(302);
        assertThat(fixtures.anonymous().get(requests).body()).contains("Released", "/data/" + data.id());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> planner.get("/notifications")
                        .text()
                        .contains("Your data request \"Population by district\" is answered by a released dataset"));
    }

    @Test
    void theApiAsksSupportsListsAndAnswersWithTheScreensRules() {
        Account office = fixtures.account("Api request office", PlatformRole.ADMINISTRATOR);
        Published data = PublishedDatasets.publish(
                fixtures, office, "Api district rainfall", "REF_AREA,TIME_PERIOD,Rainfall\nKEN,2020,5\n");
        String slug = data.community().slug();
        Visitor asker = fixtures.bearer(fixtures.token(fixtures.account("Api asker")));
        Page asked = asker.api(
                "POST",
                "/api/v1/data-requests",
                "{\"community\":\"" + slug + "\",\"title\":\"Rainfall by ward\",\"body\":\"For farmers.\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(asked.body()).contains("\"status\":\"OPEN\"", "\"supporters\":1", "\"supported\":true");
        String location = asked.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        Page empty = asker.api("POST", "/api/v1/data-requests", "{\"community\":\"" + slug + "\",\"title\":\" \"}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("title");
        Page nowhere = asker.api("POST", "/api/v1/data-requests", "{\"community\":\"../x\",\"title\":\"A\"}");
        assertThat(nowhere.status()).isEqualTo(400);
        assertThat(nowhere.body()).contains("community");
        assertThat(fixtures.anonymousApi()
                        .api("POST", "/api/v1/data-requests", "{\"community\":\"" + slug + "\",\"title\":\"B\"}")
                        .status())
                .as("the public reads but does not ask")
                .isIn(401, 403);

        Visitor supporter = fixtures.bearer(fixtures.token(fixtures.account("Api supporter")));
        assertThat(supporter
                        .api("POST", "/api/v1/data-requests/" + id + "/support", null)
                        .body())
                .contains("\"supporters\":2", "\"supported\":true");
        assertThat(supporter
                        .api("POST", "/api/v1/data-requests/" + id + "/support", null)
                        .body())
                .as("counted once")
                .contains("\"supporters\":2");
        assertThat(supporter
                        .api("POST", "/api/v1/data-requests/987654321/support", null)
                        .status())
                .isEqualTo(404);

        assertThat(supporter
                        .api("POST", "/api/v1/data-requests/" + id + "/answer", "{\"status\":\"PLANNED\"}")
                        .status())
                .as("only the data team answers")
                .isEqualTo(403);
        Visitor team = fixtures.bearer(fixtures.token(office));
        Page declined = team.api("POST", "/api/v1/data-requests/" + id + "/answer", "{\"status\":\"DECLINED\"}");
        assertThat(declined.status()).isEqualTo(400);
        assertThat(declined.headers().firstValue("Content-Type").orElseThrow()).contains("problem+json");
        assertThat(declined.body()).contains("answer");
        Page released = team.api(
                "POST",
                "/api/v1/data-requests/" + id + "/answer",
                "{\"status\":\"RELEASED\",\"answer\":\"Out.\",\"datasetId\":\"" + data.id() + "\"}");
        assertThat(released.status()).as(released.body()).isEqualTo(200);
        assertThat(released.body()).contains("\"status\":\"RELEASED\"", "\"link\":\"/data/" + data.id() + "\"");

        Visitor anyone = fixtures.anonymousApi();
        assertThat(anyone.api("GET", "/api/v1/data-requests?community=" + slug + "&status=released", null)
                        .body())
                .contains("Rainfall by ward", "\"more\":false", "\"supported\":false")
                .doesNotContain("Api asker", "Api supporter");
        assertThat(anyone.api("GET", "/api/v1/data-requests?community=" + slug + "&status=open", null)
                        .body())
                .doesNotContain("Rainfall by ward");
        assertThat(anyone.api("GET", "/api/v1/data-requests/" + id, null).body())
                .contains("Out.");
        assertThat(anyone.api("GET", "/api/v1/data-requests?status=maybe", null).body())
                .contains("status", "maybe");
        assertThat(anyone.api("GET", "/api/v1/data-requests?page=-1", null).status())
                .isEqualTo(400);
        assertThat(anyone.api("GET", "/api/v1/data-requests?community=nobody-here", null)
                        .status())
                .isEqualTo(400);
        assertThat(anyone.api("GET", "/api/v1/data-requests/987654321", null).status())
                .isEqualTo(404);
    }

    @Autowired
    AskForData askForData;

    @Autowired
    SupportDataRequest supportDataRequest;

    @Autowired
    DataRequests dataRequests;

    @Test
    void onePersonSupportingTogetherFromManyRequestsIsCountedOnce() throws Exception {
        Community community = fixtures.community("Concurrent requests office");
        Account asker = fixtures.account("Concurrent asker");
        long id = askForData.ask(
                Actor.account(asker.id(), PlatformRole.NONE),
                community,
                new NewDataRequest("Rainfall by district", "For the harvest."));
        Actor supporter = Actor.account(fixtures.account("Concurrent supporter").id(), PlatformRole.NONE);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> supports = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                supports.add(pool.submit(() -> {
                    start.await();
                    return supportDataRequest.support(supporter, community, id);
                }));
            }
            start.countDown();
            int added = 0;
            for (Future<Boolean> support : supports) {
                added += support.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(added).as("supports taken").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(dataRequests.byId(id).orElseThrow().supporters())
                .as("the asker and the one supporter")
                .isEqualTo(2);
    }

    private static String supportAction(String body, String title) {
        return action(body, title, "/support");
    }

    private static String answerAction(String body, String title) {
        return action(body, title, "/answer");
    }

    /** The action of the form under the request with this title. */
    private static String action(String body, String title, String ending) {
        int at = body.indexOf(">" + title + "<");
        assertThat(at).as(title).isPositive();
        int end = body.indexOf(ending + "\"", at);
        assertThat(end).as(ending + " after " + title).isPositive();
        int start = body.lastIndexOf('"', end) + 1;
        return body.substring(start, end + ending.length());
    }
}
