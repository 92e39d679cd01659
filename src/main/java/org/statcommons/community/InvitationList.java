package org.statcommons.community;

import java.util.List;
import org.statcommons.access.CommunityRole;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.Text;

/**
 * A list of people to invite as the secretariat pasted or uploaded it, read ({@link InvitationListReader}) and
 * checked ({@link InviteMany#check}): its text (shown again to be mended), the rows that can be invited, and every
 * problem, each with the line it is on. Nothing is sent while it has a problem.
 */
record InvitationList(String text, List<Row> rows, List<Problem> problems) {

    /**
     * One person to invite.
     *
     * @param line the line of the text it starts on, from 1
     * @param note what the secretariat should know before sending (an earlier invitation still valid), or null
     */
    record Row(int line, String name, EmailAddress email, String organisation, CommunityRole role, Text note) {

        Row withNote(Text text) {
            return new Row(line, name, email, organisation, role, text);
        }
    }

    /**
     * Why a row, or the whole list, cannot be sent.
     *
     * @param line the line of the text, from 1; 0 for the list as a whole (empty, too long, wrong encoding)
     * @param reasons each a sentence, shown in the reader's language
     */
    record Problem(int line, List<Text> reasons) {

        Problem {
            reasons = List.copyOf(reasons);
        }

        Problem(int line, Text reason) {
            this(line, List.of(reason));
        }

        /** The reasons in English, one sentence after the other. */
        String reason() {
            return String.join(" ", reasons.stream().map(Text::english).toList());
        }
    }

    InvitationList {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** Nothing stands in the way of sending: there are rows, and no problem. */
    public boolean clean() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
