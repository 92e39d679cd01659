package org.statcommons.content.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statcommons.platform.text.WordDiff;
import org.statcommons.platform.text.WordDiff.Kind;
import org.statcommons.platform.text.WordDiff.Line;
import org.statcommons.platform.text.WordDiff.Span;
import org.statcommons.support.CpuTime;

/** A proposal's changes as people read them: changed passages only, words marked, no front matter. */
class ProposalPresenterTests {

    private static Line same(int number, String text) {
        return new Line(Kind.SAME, number, number, List.of(new Span(text, false)), List.of(new Span(text, false)));
    }

    private static String read(WordDiff.Passage passage) {
        StringBuilder text = new StringBuilder();
        for (List<WordDiff.Piece> line : passage.lines()) {
            for (WordDiff.Piece piece : line) {
                text.append(
                        switch (piece.kind()) {
                            case "added" -> "[+" + piece.text() + "]";
                            case "removed" -> "[-" + piece.text() + "]";
                            default -> piece.text();
                        });
            }
            text.append('|');
        }
        return text.toString();
    }

    @Test
    void aChangedWordReadsInItsSentenceAndTheFrontMatterIsLeftOutButForTheTitle() {
        List<Line> lines = List.of(
                same(1, "---"),
                new Line(
                        Kind.CHANGED,
                        2,
                        2,
                        List.of(new Span("title: ", false), new Span("Linkage", true)),
                        List.of(new Span("title: ", false), new Span("Record linkage", true))),
                new Line(
                        Kind.CHANGED,
                        3,
                        3,
                        List.of(new Span("owner: ", false), new Span("ana", true)),
                        List.of(new Span("owner: ", false), new Span("ben", true))),
                same(4, "---"),
                same(5, "Intro."),
                new Line(
                        Kind.CHANGED,
                        6,
                        6,
                        List.of(new Span("Match the records by name.", false)),
                        List.of(
                                new Span("Match the records by ", false),
                                new Span("tax identifier", true),
                                new Span(" name.", false))),
                new Line(Kind.ADDED, 0, 7, List.of(), List.of(new Span("Then weigh.", true))),
                same(8, "End."),
                new Line(Kind.REMOVED, 9, 0, List.of(new Span("Old ending.", true)), List.of()));

        List<WordDiff.Passage> passages = ProposalPresenter.passages(lines);

        assertThat(passages)
                .extracting(ProposalPresenterTests::read)
                .containsExactly(
                        "Title: [-Linkage][+Record linkage]|",
                        "Match the records by [+tax identifier] name.|[+Then weigh.]|",
                        "[-Old ending.]|");
    }

    @Test
    void aHugeChangeIsCutToTheLinesShownAndCountsTheRest() {
        List<Line> lines = new ArrayList<>();
        for (int number = 1; number <= 100_000; number++) {
            lines.add(new Line(
                    Kind.CHANGED,
                    number,
                    number,
                    List.of(new Span("Line " + number + " old", false)),
                    List.of(new Span("Line " + number + " old", false), new Span(" and new", true))));
        }
        CpuTime.Measured<List<WordDiff.Passage>> measured =
                CpuTime.of(() -> ProposalPresenter.shown(ProposalPresenter.passages(lines)));

        assertThat(measured.cpu()).isLessThan(Duration.ofSeconds(2));
        assertThat(measured.result()).hasSize(1);
        assertThat(measured.result().get(0).lines()).hasSize(ProposalPresenter.MAX_LINES);
    }

    /** Every status is named in the bundles, and the refusals that name a status read for each of them. */
    @Test
    void everyStatusHasATextInEveryLanguage() {
        for (ProposalStatus status : ProposalStatus.values()) {
            for (java.util.Locale locale : List.of(
                    java.util.Locale.ENGLISH,
                    java.util.Locale.forLanguageTag("ar"),
                    java.util.Locale.forLanguageTag("ru"))) {
                var bundles = org.statcommons.platform.i18n.Bundles.bundled();
                assertThat(bundles.format(status.text().key(), null, locale))
                        .as(status + " " + locale)
                        .isNotBlank();
                assertThat(bundles.format("proposals.request-review.refused", new Object[] {status.name()}, locale))
                        .as(status + " " + locale)
                        .isNotBlank();
            }
        }
        assertThat(ProposalStatus.MERGED.text().english()).isEqualTo("Accepted");
        assertThat(org.statcommons.platform.Text.of("proposals.already", "MERGED")
                        .english())
                .isEqualTo("This proposal is already accepted.");
        assertThat(org.statcommons.platform.Text.of("proposals.line.changes-requested-by", "Ben Laurent")
                        .english())
                .isEqualTo("Changes requested by Ben Laurent");
    }
}
