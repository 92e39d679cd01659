package org.statcommons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the picture of the modules into {@code docs/modules/} from the code itself, so that it cannot drift:
 * the component diagram of every feature and its dependencies ({@code components.puml}), one diagram per feature
 * ({@code module-*.puml}) and one canvas per feature ({@code module-*.adoc}: the beans it uses from other features, the
 * events it listens to). Their lines are sorted (the Documenter's order changes from run to run), so a change of
 * the modules, and only that, shows as a change of these committed files.
 */
class ModuleDocumentationTests {

    private static final Path OUTPUT = Path.of("docs", "modules");

    @Test
    void writesTheModuleDiagramsAndCanvases() throws IOException {
        ApplicationModules modules = ApplicationModules.of(StatCommonsApplication.class);
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> files = Files.list(OUTPUT)) {
            for (Path written : files.toList()) {
                if (written.toString().endsWith(".puml")) {
                    sortRelations(written);
                } else if (written.toString().endsWith(".adoc")) {
                    sortLists(written);
                }
            }
        }

        String components = Files.readString(OUTPUT.resolve("components.puml"));
        // the two arrows the architecture table once left out
        assertThat(components).contains(uses("Comments", "Moderation")).contains(uses("Content", "Moderation"));
        assertThat(OUTPUT.resolve("module-content.adoc")).exists();
    }

    /**
     * The Documenter writes the arrows in the order of a hash set, which changes from run to run; sorted, the
     * committed files change only when an arrow does.
     */
    private static void sortRelations(Path diagram) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(diagram));
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Rel(")) {
                at.add(i);
            }
        }
        List<String> sorted = at.stream().map(lines::get).sorted().toList();
        for (int i = 0; i < at.size(); i++) {
            lines.set(at.get(i), sorted.get(i));
        }
        Files.write(diagram, lines);
    }

    /** The canvases' lists (beans, events) come in the same changing order; each list sorted, they hold still too. */
    private static void sortLists(Path canvas) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(canvas));
        for (int start = 0; start < lines.size(); start++) {
            if (!lines.get(start).startsWith("|* ")) {
                continue;
            }
            int end = start + 1;
            while (end < lines.size() && lines.get(end).startsWith("* ")) {
                end++;
            }
            List<String> items = new ArrayList<>();
            items.add(lines.get(start).substring(1));
            items.addAll(lines.subList(start + 1, end));
            items.sort(null);
            for (int i = 0; i < items.size(); i++) {
                lines.set(start + i, (i == 0 ? "|" : "") + items.get(i));
            }
            start = end - 1;
        }
        Files.write(canvas, lines);
    }

    private static String uses(String from, String to) {
        return "Rel(StatCommonsApplication.StatCommonsApplication." + from
                + ", StatCommonsApplication.StatCommonsApplication." + to + ", \"uses\"";
    }
}
