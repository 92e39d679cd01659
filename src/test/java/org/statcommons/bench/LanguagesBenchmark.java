package org.statcommons.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Visitor;

/**
 * Languages benchmark (not a test): the cost of rendering the main pages in Arabic against English (issue 10: no
 * more than 10% slower). A member reads each page in both languages, in alternating blocks so that whatever else the
 * machine does weighs on both alike; the table gives, per page and language, the median time to answer and the CPU
 * time of this process (the server, and the client, the same for both) per request, and Arabic / English. Run with
 * {@code bench/languages.sh [rounds]}.
 */
public final class LanguagesBenchmark {

    private static final int BLOCK = 10;
    private static final String[] BROWSER = {
        "User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
    };

    private LanguagesBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        try (BenchServer server = BenchServer.start(
                "languages",
                args.length > 1 ? Arrays.copyOfRange(args, 1, args.length) : new String[0],
                "statcommons.moderation.new-account-age=PT0S",
                "statcommons.moderation.new-account-posts=0",
                "statcommons.moderation.posts-per-minute=100000",
                "statcommons.moderation.posts-per-hour=100000")) {
            run(server.app(), rounds);
        }
    }

    private static void run(ConfigurableApplicationContext app, int rounds) {
        Fixtures fixtures = Fixtures.of(app);
        Account founder =
                fixtures.account("Amina Diallo", "SN", "NATIONAL_STATISTICAL_OFFICE", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Gender statistics network", JoinPolicy.OPEN, founder);
        Account member = fixtures.member(community, "Rustam Nazarov", CommunityRole.MEMBER);
        app.getBean(JdbcClient.class)
                .sql("update identity.accounts set vouched_at = now() where id = ?")
                .param(founder.id())
                .update();
        String slug = community.slug();
        String c = "/c/" + slug;
        Visitor author = fixtures.signedIn(founder);
        StringBuilder body = new StringBuilder("Unpaid care work is invisible in national accounts.\n\n");
        for (int i = 1; i <= 6; i++) {
            body.append("## Part ")
                    .append(i)
                    .append("\n\n")
                    .append("Time-use surveys measure it; offices compare their methods. ".repeat(5))
                    .append("\n\n| Country | Year |\n|---|---|\n| Senegal | 2021 |\n| Kyrgyzstan | 2015 |\n\n");
        }
        check(fixtures.page(author, community, "time-use", "Time-use surveys", body.toString()), "the page");
        check(author.submit(c + "/space/time-use", c + "/space/-/publish/time-use", Map.of()), "publishing");
        Visitor api = fixtures.bearer(fixtures.token(founder));
        long discussion = id(api.api(
                "POST",
                "/api/v1/communities/" + slug + "/discussions",
                "{\"title\":\"Measuring unpaid care\",\"body\":\"Which classification do you use?\"}"));
        for (int i = 0; i < 10; i++) {
            api.api(
                    "POST",
                    "/api/v1/communities/" + slug + "/discussions/" + discussion + "/replies",
                    "{\"body\":\"We use ICATUS 2016, reply " + i + ".\"}");
        }
        long poll = id(api.api(
                "POST",
                "/api/v1/communities/" + slug + "/meetings",
                "{\"title\":\"Time-use clinic\",\"candidates\":[\"2030-03-01 10:00\",\"2030-03-02 10:00\"],"
                        + "\"invite\":\"CHOSEN\",\"people\":[" + member.id() + "]}"));

        Visitor reader = fixtures.signedIn(member);
        Visitor anonymous = fixtures.anonymous();
        Map<String, Page> pages = new LinkedHashMap<>();
        pages.put("dashboard", new Page(reader, "/"));
        pages.put("community home", new Page(reader, c));
        pages.put("page", new Page(reader, c + "/space/time-use"));
        pages.put("discussion (11 posts)", new Page(reader, c + "/discussions/" + discussion));
        pages.put("meeting poll", new Page(reader, c + "/meetings/" + poll));
        pages.put("published page, anonymous", new Page(anonymous, c + "/p/time-use"));
        pages.put("sign-in, anonymous", new Page(anonymous, "/sign-in"));

        // warm-up: the templates compiled, the caches filled, the JIT at work, in both languages
        for (Page page : pages.values()) {
            for (int i = 0; i < 3; i++) {
                page.measure("en", 20);
                page.measure("ar", 20);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%n%d requests per page and language, in alternating blocks of %d, %d cores%n%n",
                rounds * BLOCK,
                BLOCK,
                Runtime.getRuntime().availableProcessors());
        System.out.println(
                "| Page | English p50 ms | Arabic p50 ms | p50 ar/en | English CPU ms/req | Arabic CPU ms/req |"
                        + " CPU ar/en | Goal ≤ 1.10 |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        double worst = 0;
        double cpuEnglish = 0;
        double cpuArabic = 0;
        for (Map.Entry<String, Page> entry : pages.entrySet()) {
            Page page = entry.getValue();
            Sample english = new Sample();
            Sample arabic = new Sample();
            for (int round = 0; round < rounds; round++) {
                english.add(page.measure("en", BLOCK));
                arabic.add(page.measure("ar", BLOCK));
            }
            double ratio = arabic.cpuPerRequest() / english.cpuPerRequest();
            worst = Math.max(worst, ratio);
            cpuEnglish += english.cpuPerRequest();
            cpuArabic += arabic.cpuPerRequest();
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %s |%n",
                    entry.getKey(),
                    english.median(),
                    arabic.median(),
                    arabic.median() / english.median(),
                    english.cpuPerRequest(),
                    arabic.cpuPerRequest(),
                    ratio,
                    ratio <= 1.10 ? "yes" : "NO");
        }
        System.out.printf(
                Locale.ROOT,
                "| all pages | | | | %.2f | %.2f | %.2f | %s |%n",
                cpuEnglish,
                cpuArabic,
                cpuArabic / cpuEnglish,
                cpuArabic / cpuEnglish <= 1.10 ? "yes" : "NO");
        System.out.printf(Locale.ROOT, "%nWorst page, CPU Arabic / English: %.2f%n", worst);
    }

    /** One page, read by one visitor in a language given by {@code ?lang=}, as a person who chose it would. */
    private record Page(Visitor visitor, String path) {

        Block measure(String language, int requests) {
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            String url = path + (path.contains("?") ? "&" : "?") + "lang=" + language;
            double[] millis = new double[requests];
            long cpu = os.getProcessCpuTime();
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                Visitor.Page answer = visitor.getNoFollow(url, BROWSER);
                millis[i] = (System.nanoTime() - start) / 1e6;
                if (answer.status() != 200) {
                    throw new IllegalStateException(url + " answered " + answer.status());
                }
            }
            return new Block(millis, os.getProcessCpuTime() - cpu);
        }
    }

    private record Block(double[] millis, long cpuNanos) {}

    private static final class Sample {
        private final List<Double> millis = new ArrayList<>();
        private long cpuNanos;

        void add(Block block) {
            Arrays.stream(block.millis()).forEach(millis::add);
            cpuNanos += block.cpuNanos();
        }

        double median() {
            List<Double> sorted = millis.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }

        double cpuPerRequest() {
            return cpuNanos / 1e6 / millis.size();
        }
    }

    private static void check(Visitor.Page answer, String what) {
        if (answer.status() != 200) {
            throw new IllegalStateException(what + ": " + answer.status());
        }
    }

    private static long id(Visitor.Page created) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
        if (created.status() != 201 || !m.find()) {
            throw new IllegalStateException(created.status() + " " + created.body());
        }
        return Long.parseLong(m.group(1));
    }
}
