package org.statcommons.newsletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statcommons.platform.Markdown;
import org.statcommons.support.CpuTime;

class NewsletterTextTests {

    private final Markdown markdown = new Markdown();

    @Test
    void aFirstHeadingThatRepeatsTheSubjectIsShownOnce() {
        assertThat(newsletter("November news", "# November news\n\nOur first newsletter.")
                        .text())
                .isEqualTo("Our first newsletter.");
        assertThat(newsletter("November news", "\n## november NEWS ##\nHello").text())
                .isEqualTo("Hello");
        assertThat(newsletter("November news", "November news\n=============\n\nHello")
                        .text())
                .isEqualTo("Hello");
        // another heading, or none, stays
        assertThat(newsletter("November news", "# Hello\n\nText").text()).isEqualTo("# Hello\n\nText");
        assertThat(newsletter("November news", "November news, in short").text())
                .isEqualTo("November news, in short");
        assertThat(newsletter("November news", "#November news").text()).isEqualTo("#November news");
    }

    @Test
    void aLongFirstLineIsReadQuickly() {
        String body = "# " + " #".repeat(50_000) + "x";
        CpuTime.Measured<String> read = CpuTime.of(() -> newsletter("x", body).text());
        assertThat(read.result()).isEqualTo(body);
        assertThat(read.cpu()).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void highlightsAfterABulletListStartAListOfTheirOwn() {
        NewsletterForm form = new NewsletterForm(
                "December",
                "Our plans:\n\n- a census round\n- a new survey\n",
                List.of("- [Guide](https://x.org/g)", "- 2 new members joined: Fiji 2."),
                "insert");

        String text = form.withHighlights().body();

        assertThat(text)
                .isEqualTo(
                        "Our plans:\n\n- a census round\n- a new survey\n\n* [Guide](https://x.org/g)\n* 2 new members joined: Fiji 2.\n");
        String html = markdown.toHtml(text);
        assertThat(html.split("<ul>", -1)).as("two lists, not one").hasSize(3);
        // after a paragraph the usual "- " stays
        assertThat(new NewsletterForm("December", "Intro.", List.of("- item"), "insert")
                        .withHighlights()
                        .body())
                .isEqualTo("Intro.\n\n- item\n");
    }

    private static Newsletter newsletter(String subject, String body) {
        return new Newsletter(1, 2, subject, body, false, Instant.EPOCH, null, null, null);
    }
}
