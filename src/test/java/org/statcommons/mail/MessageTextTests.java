package org.statcommons.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statcommons.support.CpuTime;

class MessageTextTests {

    @Test
    void webAddressesBecomeLinksAndTheRestStaysText() {
        assertThat(MessageText.of("Open https://stats.example/verify/abc.\nThank you (see http://x.org/a).")
                        .parts())
                .containsExactly(
                        new MessageText.Part("Open ", false),
                        new MessageText.Part("https://stats.example/verify/abc", true),
                        new MessageText.Part(".\nThank you (see ", false),
                        new MessageText.Part("http://x.org/a", true),
                        new MessageText.Part(").", false));
    }

    @Test
    void onlyHttpAddressesAreLinkedAndMarkupIsNotAnAddress() {
        assertThat(MessageText.of("javascript:alert(1) data:text/html,x <a href=\"http://a.b/\">x</a>")
                        .parts())
                .containsExactly(
                        new MessageText.Part("javascript:alert(1) data:text/html,x <a href=\"", false),
                        new MessageText.Part("http://a.b/", true),
                        new MessageText.Part("\">x</a>", false));
        assertThat(MessageText.of(null).parts()).isEmpty();
        assertThat(MessageText.of("no links").parts()).containsExactly(new MessageText.Part("no links", false));
    }

    @Test
    void aLongTextWithManyAddressesIsSplitQuickly() {
        String text = "see https://example.org/" + "a".repeat(5000) + " " + "http:// ".repeat(100_000);
        CpuTime.Measured<List<MessageText.Part>> split =
                CpuTime.of(() -> MessageText.of(text).parts());
        assertThat(split.cpu()).isLessThan(Duration.ofSeconds(2));
        List<MessageText.Part> parts = split.result();
        assertThat(parts.get(1).text()).hasSize("https://".length() + 2000);
    }
}
