package org.statcommons.drives;

import java.util.List;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.Text;

/**
 * An uploaded list of people to invite to apply, as read ({@link InvitationFileReader}) and checked against the
 * community ({@link InviteToApply}): the rows to invite, the problems that stop the whole file (each naming its line),
 * and the rows left out on purpose (a second row of one address, a member already, invited before), each with its
 * line too. Nothing is sent while the file has a problem.
 */
record InvitationFile(List<Row> rows, List<Note> problems, List<Note> skipped) {

    /**
     * One person to invite.
     *
     * @param line the line of the file it starts on, from 1
     */
    record Row(int line, EmailAddress email, String name, String organisation) {}

    /**
     * What the secretariat is told about one line.
     *
     * @param line the line of the file, from 1; 0 for the file as a whole (empty, too large, too many rows)
     * @param text the sentence, which names the line itself
     */
    record Note(int line, Text text) {}

    InvitationFile {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
    }

    static InvitationFile refused(Text reason) {
        return new InvitationFile(List.of(), List.of(new Note(0, reason)), List.of());
    }

    /** Nothing stands in the way of sending. */
    public boolean clean() {
        return problems.isEmpty();
    }
}
