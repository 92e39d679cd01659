package org.statcommons.workstreams;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.statcommons.content.Pages;
import org.statcommons.content.SetUpSpace;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;

/**
 * A workstream's terms of reference: the page is started from the space's "Workstream terms of reference" template
 * (which members may have adapted; the one StatCommons ships when the space has none), and must keep its required
 * sections, so that terms of reference read alike across workstreams. A section is a heading of level 2 with that
 * title (letter case and a trailing colon do not matter).
 */
@Component
class TermsOfReference {

    static final String TEMPLATE = "workstream-terms-of-reference";

    /** The sections every workstream's terms of reference have. */
    static final List<String> REQUIRED = List.of(
            "Background", "Objectives", "Scope", "Deliverables", "Membership and roles", "Timeline", "Reporting");

    private final Pages pages;

    TermsOfReference(Pages pages) {
        this.pages = pages;
    }

    /** The text a new workstream's terms of reference start from. */
    String template(long communityId) {
        try {
            return pages.read(communityId, SetUpSpace.TEMPLATES + TEMPLATE + ".md")
                    .body();
        } catch (NotFoundException | InvalidInputException deletedByMembers) {
            return shipped();
        }
    }

    static String shipped() {
        try (InputStream in = new ClassPathResource("space-templates/" + TEMPLATE + ".md").getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.substring(text.indexOf("---", 3) + 3).strip() + "\n";
        } catch (IOException e) {
            return REQUIRED.stream().map(s -> "## " + s + "\n\n").collect(Collectors.joining());
        }
    }

    /** The required sections the text lacks, in the template's order. */
    static List<String> missing(String body) {
        Set<String> headings = body.lines()
                .map(String::strip)
                .filter(line -> line.startsWith("## "))
                .map(line -> normalised(line.substring(3)))
                .collect(Collectors.toSet());
        return REQUIRED.stream().filter(s -> !headings.contains(normalised(s))).toList();
    }

    /**
     * The heading's title without its closing hashes, blanks and colon. Walked back by index, once: cutting one hash
     * at a time made a line of half a million hashes cost as many copies of itself (quadratic).
     */
    private static String normalised(String heading) {
        int end = heading.length();
        while (end > 0 && (heading.charAt(end - 1) == '#' || Character.isWhitespace(heading.charAt(end - 1)))) {
            end--;
        }
        String h = heading.substring(0, end);
        if (h.endsWith(":")) {
            h = h.substring(0, h.length() - 1);
        }
        return h.strip().toLowerCase(Locale.ROOT);
    }
}
