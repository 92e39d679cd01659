package org.statcommons.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.statcommons.content.Passage;
import org.statcommons.support.CpuTime;

class PassagePlacerTests {

    private static final String SECOND =
            "The consumer price index is rebased every five years with the household survey.";

    private static List<Passage> page(String... texts) {
        List<Passage> passages = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            passages.add(new Passage(i + 1, texts[i], "<p>" + texts[i] + "</p>"));
        }
        return passages;
    }

    private static CommentThread thread(long id, Passage passage) {
        return new CommentThread(id, 1, "p.md", 1, null, null, List.of(), PassageAnchor.of(passage));
    }

    @Test
    void aThreadStaysOnItsPassageWhenOtherPassagesChangeOrAreAddedAbove() {
        List<Passage> before = page("Introduction", SECOND, "Sources are listed below.");
        CommentThread thread = thread(7, before.get(1));
        List<Passage> after = page("A new first paragraph.", "Introduction, rewritten", SECOND, "Other sources.");
        PassagePlacer.Placement placement = PassagePlacer.place(after, List.of(thread));
        assertThat(placement.numbers()).containsEntry(7L, 3);
        assertThat(placement.outdated()).isEmpty();
    }

    @Test
    void aSmallEditKeepsTheThreadAndARewriteLeavesItOutdated() {
        CommentThread thread = thread(7, page("Intro", SECOND).get(1));
        String typoFixed = SECOND.replace("five", "5").replace("survey.", "survey (HBS).");
        assertThat(PassagePlacer.place(page("Intro", typoFixed), List.of(thread))
                        .numbers())
                .containsEntry(7L, 2);
        PassagePlacer.Placement rewritten = PassagePlacer.place(
                page("Intro", "Weights now come from national accounts, updated each year."), List.of(thread));
        assertThat(rewritten.numbers()).isEmpty();
        assertThat(rewritten.outdated()).containsExactly(7L);
    }

    @Test
    void ofEqualPassagesTheNearestToWhereItWasIsChosenAndCaseOrSpacesDoNotMatter() {
        List<Passage> before = page("Same text.", "Other.", "More.", "Same text.");
        CommentThread onFourth = thread(4, before.get(3));
        List<Passage> after = page("Added.", "SAME   text.", "Other.", "More.", "Same\u00a0\ntext.");
        assertThat(PassagePlacer.place(after, List.of(onFourth)).numbers()).containsEntry(4L, 5);
    }

    @Test
    void threadsOnTheWholePageAreNotPlaced() {
        CommentThread onPage = new CommentThread(1, 1, "p.md", 1, null, null, List.of(), null);
        PassagePlacer.Placement placement = PassagePlacer.place(page("A"), List.of(onPage));
        assertThat(placement.numbers()).isEmpty();
        assertThat(placement.outdated()).isEmpty();
    }

    @Test
    void aMegabytePageOfFiveThousandPassagesPlacesTwoHundredThreadsQuickly() {
        Random random = new Random(9);
        String[] words = new String[3000];
        for (int i = 0; i < words.length; i++) {
            words[i] = Integer.toString(random.nextInt(1_000_000), 36);
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 200) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            texts.add(text.toString().strip());
        }
        List<Passage> before = page(texts.toArray(String[]::new));
        assertThat(before.stream().mapToInt(p -> p.text().length() + 1).sum()).isGreaterThan(1_000_000);
        List<CommentThread> threads = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            threads.add(thread(i, before.get(i * 25)));
        }
        // every commented passage rewritten: no thread finds its text, each is compared with every passage
        List<String> changed = new ArrayList<>(texts);
        for (int i = 0; i < 200; i++) {
            changed.set(i * 25, "rewritten " + i + " " + texts.get(i * 25 + 1));
        }
        List<Passage> after = page(changed.toArray(String[]::new));
        CpuTime.Measured<PassagePlacer.Placement> placed = CpuTime.of(() -> PassagePlacer.place(after, threads));
        assertThat(placed.cpu()).isLessThan(Duration.ofSeconds(3));
        assertThat(placed.result().outdated()).hasSize(200);
        CpuTime.Measured<PassagePlacer.Placement> same = CpuTime.of(() -> PassagePlacer.place(before, threads));
        assertThat(same.cpu()).isLessThan(Duration.ofSeconds(1));
        assertThat(same.result().numbers()).hasSize(200).containsEntry(40L, 1001);
    }
}
