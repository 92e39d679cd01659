package org.statcommons.mailreplies;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.statcommons.support.CpuTime;

/** The words of a reply: quoted text and signatures left out, every character set read right, attachments counted. */
class ReplyTextTests {

    private static ReplyText read(String headersAndBody, Charset charset) throws Exception {
        byte[] raw = headersAndBody.replace("\n", "\r\n").getBytes(charset);
        return ReplyText.of(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
    }

    private static ReplyText plain(String body) throws Exception {
        return read(
                "From: ana@example.org\nSubject: Re: x\nContent-Type: text/plain; charset=UTF-8\n\n" + body,
                StandardCharsets.UTF_8);
    }

    @Test
    void gmailsAttributionAndQuotedLinesAreLeftOut() throws Exception {
        ReplyText text = plain("""
                I agree with the weights.

                Ana
                On Sat, 5 Dec 2026 at 10:00, StatCommons <reply+abc@replies.example.org> wrote:
                > Ivo replied to “Weights for 2027”
                > Open: https://example.org/c/x/discussions/1
                """);
        assertThat(text.body()).isEqualTo("I agree with the weights.\n\nAna");
        assertThat(text.attachments()).isZero();
    }

    @Test
    void aWrappedAttributionInAnotherLanguageEndsTheReplyToo() throws Exception {
        assertThat(plain("D’accord.\nLe sam. 5 déc. 2026 à 10:00, StatCommons <reply+abc@x.org>\na écrit :\n> texte")
                        .body())
                .isEqualTo("D’accord.");
        assertThat(plain("Согласен.\n5 дек. 2026 г., в 10:00, StatCommons написал(а):\n> текст")
                        .body())
                .isEqualTo("Согласен.");
    }

    @Test
    void outlookSeparatorsAndSignaturesEndTheReply() throws Exception {
        assertThat(plain("Yes.\n\n-----Original Message-----\nFrom: StatCommons\nold")
                        .body())
                .isEqualTo("Yes.");
        assertThat(plain("Yes.\n________________________________\nFrom: StatCommons\nSent: Saturday\nold")
                        .body())
                .isEqualTo("Yes.");
        assertThat(plain("Yes.\nFrom: StatCommons <no-reply@x.org>\nSent: Saturday, 5 December 2026\nTo: Ana\nold")
                        .body())
                .isEqualTo("Yes.");
        assertThat(plain("Yes.\n-- \nAna Actor\nStatistics Office").body()).isEqualTo("Yes.");
        assertThat(plain("Yes.\n\nSent from my iPhone").body()).isEqualTo("Yes.");
    }

    @Test
    void thePersonsOwnWordsAboutSomeoneWhoWroteAreKept() throws Exception {
        assertThat(plain("Here is what Ana wrote:\nthe weights are fine.").body())
                .isEqualTo("Here is what Ana wrote:\nthe weights are fine.");
    }

    @Test
    void windows1252AndKoi8AreReadInTheirOwnCharacterSet() throws Exception {
        Charset windows = Charset.forName("windows-1252");
        ReplyText french = read(
                "From: a@x.org\nContent-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: 8bit\n\n"
                        + "Données “pondérées” – 5 €\n",
                windows);
        assertThat(french.body()).isEqualTo("Données “pondérées” – 5 €");
        ReplyText russian = read(
                "From: a@x.org\nContent-Type: text/plain; charset=KOI8-R\nContent-Transfer-Encoding: 8bit\n\n"
                        + "Веса для переписи\n",
                Charset.forName("KOI8-R"));
        assertThat(russian.body()).isEqualTo("Веса для переписи");
        ReplyText latin = read(
                "From: a@x.org\nContent-Type: text/plain; charset=\"iso-8859-1\"\n"
                        + "Content-Transfer-Encoding: quoted-printable\n\nCaf=E9 para el a=F1o\n",
                StandardCharsets.US_ASCII);
        assertThat(latin.body()).isEqualTo("Café para el año");
    }

    @Test
    void htmlOnlyMailIsMadeTextWithoutItsQuote() throws Exception {
        ReplyText text = read("""
                From: a@x.org
                Content-Type: text/html; charset=UTF-8

                <html><head><style>p{color:red}</style></head><body><div dir="ltr">I agree &amp; will send
                <b>the table</b>.<br>Ana</div><div class="gmail_quote"><div>On Sat wrote:</div>
                <blockquote>Old text</blockquote></div></body></html>
                """, StandardCharsets.UTF_8);
        assertThat(text.body()).isEqualTo("I agree & will send\nthe table.\nAna");
    }

    @Test
    void thePlainPartIsPreferredAndAttachmentsAreCounted() throws Exception {
        ReplyText text = read("""
                From: a@x.org
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: multipart/alternative; boundary="b2"

                --b2
                Content-Type: text/plain; charset=UTF-8

                Plain words.
                --b2
                Content-Type: text/html; charset=UTF-8

                <p>HTML words.</p>
                --b2--
                --b1
                Content-Type: application/pdf; name="table.pdf"
                Content-Disposition: attachment; filename="table.pdf"
                Content-Transfer-Encoding: base64

                JVBERi0xLjQK
                --b1
                Content-Type: text/plain; name="notes.txt"
                Content-Disposition: attachment; filename="notes.txt"

                Not the reply.
                --b1--
                """, StandardCharsets.UTF_8);
        assertThat(text.body()).isEqualTo("Plain words.");
        assertThat(text.attachments()).isEqualTo(2);
    }

    @Test
    void aReplyQuotingAWholeLongThreadIsReadFast() {
        StringBuilder body = new StringBuilder("Short answer.\n\nOn 5 Dec 2026, Ana <a@x.org> wrote:\n");
        String line = "> " + "quoted words of an earlier post, ".repeat(4) + "\n";
        while (body.length() < 5_000_000) {
            body.append(line);
        }
        CpuTime.Measured<String> measured = CpuTime.of(() -> {
            try {
                return plain(body.toString()).body();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertThat(measured.result()).isEqualTo("Short answer.");
        assertThat(measured.cpu()).isLessThan(Duration.ofSeconds(2));
    }

    // linear in the input: 10 MB take about 1-2.5 s of CPU here (the quadratic patterns it replaces would take hours)
    @Test
    void htmlOfUnclosedTagsAtTheSizeLimitIsReadFast() {
        int limit = 10_000_000;
        for (String unit : new String[] {"<style", "<div", "<li", "<", "<div class=x ", " \t"}) {
            String html = "<p>Short answer.</p>" + unit.repeat(limit / unit.length());
            CpuTime.Measured<String> measured = CpuTime.of(() -> ReplyText.htmlToText(html));
            assertThat(measured.result()).startsWith("Short answer.");
            assertThat(measured.cpu()).as(unit).isLessThan(Duration.ofSeconds(8));
        }
    }

    @Test
    void thousandsOfNestedMultipartsAreReadFastWithoutOverflowingTheStack() {
        int levels = 20_000;
        StringBuilder mail = new StringBuilder("From: a@x.org\nMIME-Version: 1.0\n");
        mail.append("Content-Type: multipart/mixed; boundary=\"b0\"\n\n--b0\n");
        mail.append("Content-Type: text/plain; charset=UTF-8\n\nShort answer.\n");
        for (int i = 0; i < levels; i++) {
            mail.append("--b").append(i).append("\nContent-Type: multipart/mixed; boundary=\"b");
            mail.append(i + 1).append("\"\n\n");
        }
        mail.append("--b").append(levels).append("\nContent-Type: text/plain\n\ndeep\n");
        for (int i = levels; i >= 0; i--) {
            mail.append("--b").append(i).append("--\n");
        }
        CpuTime.Measured<ReplyText> measured = CpuTime.of(() -> {
            try {
                return read(mail.toString(), StandardCharsets.UTF_8);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertThat(measured.result().body()).isEqualTo("Short answer.");
        assertThat(measured.result().attachments()).isEqualTo(1);
        assertThat(measured.cpu()).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void oneLongLineOfAttributionLookalikesIsReadFast() {
        for (String unit : new String[] {" ", "-- ", "On 5 ", "From: ", "wrote ", "_ "}) {
            String body = "Short answer.\n" + unit.repeat(5_000_000 / unit.length()) + "x";
            CpuTime.Measured<String> measured = CpuTime.of(() -> QuotedText.strip(body));
            assertThat(measured.result()).as(unit).startsWith("Short answer.");
            assertThat(measured.cpu()).as(unit).isLessThan(Duration.ofSeconds(8));
        }
    }
}
