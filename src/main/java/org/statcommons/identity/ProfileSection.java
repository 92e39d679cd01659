package org.statcommons.identity;

import java.util.List;

/**
 * A section another feature adds to a profile: its heading, its lines, what to say when there are none, and a link
 * for the person themselves (to change what the section says), or null.
 */
public record ProfileSection(int order, String heading, List<Line> lines, String empty, Line own) {

    public ProfileSection {
        lines = List.copyOf(lines);
    }

    /**
     * One line: a linked title and a short detail (a state, a kind), which may be empty.
     */
    public record Line(String title, String href, String detail) {}
}
