package org.statcommons.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.TooLargeException;
import org.statcommons.support.CpuTime;

/** A framework's CSV: the shipped files read whole, and every bad file refused with each problem named by line. */
class FrameworkCsvReaderTests {

    private final FrameworkCsvReader reader = new FrameworkCsvReader();

    @Test
    void theShippedGsbpmHasItsEightPhasesAndFortyFourSubProcesses() throws Exception {
        FrameworkCsvReader.Read read;
        try (InputStream in = getClass().getResourceAsStream("/academy/frameworks/gsbpm-5.1.csv")) {
            read = reader.read(in.readAllBytes());
        }
        assertThat(read.levels()).containsExactly("awareness", "practitioner", "expert");
        assertThat(read.items().stream().filter(i -> i.parent() == null))
                .extracting(Framework.Item::name)
                .containsExactly(
                        "Specify needs", "Design", "Build", "Collect", "Process", "Analyse", "Disseminate", "Evaluate");
        assertThat(read.items().stream().filter(i -> i.parent() != null)).hasSize(44);
        assertThat(read.items()).contains(new Framework.Item("GSBPM-5.1", "Integrate data", "GSBPM-5"));
    }

    @Test
    void everyProblemIsNamedByItsLineAndNothingIsRead() {
        String csv = """
                levels,awareness,practitioner,expert
                code,name,parent
                DS-1,Data science,
                DS-1.1,Machine learning,DS-1
                DS-1.1,Again,DS-1
                DS-2,,
                DS-3,Orphan,DS-9
                bad code!,Name,
                """;
        assertThatThrownBy(() -> reader.read(csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(messages(e))
                                .containsExactly(
                                        "Line 5: the item code DS-1.1 is already on line 4.",
                                        "Line 6: the item has no name.",
                                        "Line 7: the parent \"DS-9\" is not an item of an earlier line.",
                                        "Line 8: \"bad code!\" is not an item code (letters, digits, dots, hyphens; at most 40)."));
    }

    @Test
    void aLineInAnotherEncodingIsNamedNeverGuessed() {
        byte[] latin1 = "DS-1,Données,\nDS-2,Fine,\nDS-3,Modèle,\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.read(latin1))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(messages(e))
                                .containsExactly(
                                        "Line 1: this line is not UTF-8 (save the file as CSV UTF-8).",
                                        "Line 3: this line is not UTF-8 (save the file as CSV UTF-8)."));
    }

    @Test
    void levelsAreCheckedAndAnEmptyFileSaysWhatItNeeds() {
        assertThatThrownBy(
                        () -> reader.read("levels,novice,novice,Expert!\nA,Name,\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(messages(e))
                                .containsExactly(
                                        "Line 1: the level \"novice\" is named twice.",
                                        "Line 1: \"expert!\" is not a level name (lower-case letters, digits and hyphens)."));
        assertThatThrownBy(() -> reader.read("\n\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(messages(e))
                                .containsExactly("The file holds no item: one line per item, code,name,parent."));
    }

    @Test
    void hostileFilesAreRefusedInBoundedProcessorTime() {
        // deep: a chain of 1,500 items, each the child of the one before
        StringBuilder deep = new StringBuilder("C0,Root,\n");
        for (int i = 1; i < 1500; i++) {
            deep.append('C')
                    .append(i)
                    .append(",Level ")
                    .append(i)
                    .append(",C")
                    .append(i - 1)
                    .append('\n');
        }
        CpuTime.Measured<Throwable> deepRead =
                CpuTime.of(() -> refusal(deep.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(deepRead.result()).isInstanceOf(InvalidInputException.class);
        assertThat(messages((InvalidInputException) deepRead.result()))
                .startsWith("Line 9: items nest at most 8 deep.")
                .hasSize(FrameworkCsvReader.MAX_PROBLEMS + 1)
                .last()
                .isEqualTo("… and 1,442 more problems.");
        assertThat(deepRead.cpu()).isLessThan(Duration.ofSeconds(1));

        // huge: over a megabyte is refused before it is read
        byte[] huge = new byte[FrameworkCsvReader.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        assertThat(refusal(huge)).isInstanceOf(TooLargeException.class);

        // slow: a megabyte less one byte of an open quote, and of commas
        byte[] quote = new byte[FrameworkCsvReader.MAX_BYTES - 1];
        java.util.Arrays.fill(quote, (byte) '"');
        quote[0] = 'A';
        quote[1] = ',';
        byte[] commas = new byte[FrameworkCsvReader.MAX_BYTES - 1];
        java.util.Arrays.fill(commas, (byte) ',');
        CpuTime.Measured<List<Throwable>> slow = CpuTime.of(() -> List.of(refusal(quote), refusal(commas)));
        assertThat(slow.result()).allMatch(InvalidInputException.class::isInstance);
        assertThat(slow.cpu()).isLessThan(Duration.ofSeconds(2));
    }

    private Throwable refusal(byte[] bytes) {
        try {
            reader.read(bytes);
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static List<String> messages(InvalidInputException e) {
        return e.errors().stream()
                .map(InvalidInputException.FieldMessage::message)
                .toList();
    }
}
