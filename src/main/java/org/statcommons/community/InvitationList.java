package org.statcommons.community;

import java.util.List;
import org.statcommons.access.CommunityRole;
import org.statcommons.platform.EmailAddress;

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
     * @param note what the secretariat should know before sending (an earlier invitation still valid), or empty
     */
    record Row(int line, String name, EmailAddress email, String organisation, CommunityRole role, String note) {

        Row withNote(String text) {
            return new Row(line, name, email, organisation, role, text);
        }
    }

    /**
     * Why a row, or the whole list, cannot be sent.
     *
     * @param line the line of the text, from 1; 0 for the list as a whole (empty, too long, wrong encoding)
     */
    record Problem(int line, String reason) {}

    InvitationList {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** Nothing stands in the way of sending: there are rows, and no problem. */
    public boolean clean() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
