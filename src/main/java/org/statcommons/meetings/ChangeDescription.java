package org.statcommons.meetings;

import java.time.Instant;
import java.time.ZoneId;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;

/**
 * What changed in a scheduled meeting, as bundle texts put in each reader's language where they are shown: {@code
 * what} alone (the updated invitation's e-mail, the English kept in {@code meetings.changes}) and the activity's
 * {@code title} naming the meeting. Which details changed are numbers (1 or 0, and the new length, 0 when it did not
 * change) chosen between by ICU, since an activity's arguments are strings and numbers, never texts within texts;
 * times are marks ({@link TimePresenter#mark}) shown in each reader's zone.
 */
record ChangeDescription(Text what, Text title) {

    /** The details that changed; {@code minutes} 0 when the length did not, {@code newStart} null when the time did not. */
    static ChangeDescription ofDetails(
            String meetingTitle,
            boolean title,
            Instant newStart,
            ZoneId zone,
            int minutes,
            boolean placeOrLink,
            boolean agendaOrKind) {
        Object[] args = {
            title ? 1 : 0,
            newStart == null ? 0 : 1,
            newStart == null ? "" : TimePresenter.mark(newStart, zone),
            minutes,
            placeOrLink ? 1 : 0,
            agendaOrKind ? 1 : 0
        };
        Object[] titled = new Object[args.length + 1];
        titled[0] = TimePresenter.literal(meetingTitle);
        System.arraycopy(args, 0, titled, 1, args.length);
        return new ChangeDescription(
                Text.of("meetings.change.details", args), Text.of("meetings.activity.details-changed", titled));
    }

    /** One occurrence of a series skipped ({@code newStart} null) or moved. */
    static ChangeDescription ofOccurrence(String meetingTitle, Instant occurrence, Instant newStart, ZoneId zone) {
        String original = TimePresenter.mark(occurrence, zone);
        String title = TimePresenter.literal(meetingTitle);
        if (newStart == null) {
            return new ChangeDescription(
                    Text.of("meetings.change.occurrence-skipped", original),
                    Text.of("meetings.activity.occurrence-skipped", title, original));
        }
        String moved = TimePresenter.mark(newStart, zone);
        return new ChangeDescription(
                Text.of("meetings.change.occurrence-moved", original, moved),
                Text.of("meetings.activity.occurrence-moved", title, original, moved));
    }
}
