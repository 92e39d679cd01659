package org.statcommons.meetings;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.statcommons.platform.TextInput;

/**
 * The new-meeting form as typed, and as it is shown again when refused: the details, the candidate times (one per
 * line, in the organiser's zone, or with an offset), whom to invite. {@link #command} parses it into a
 * {@link NewMeeting}.
 */
record NewMeetingForm(
        String title,
        String kind,
        String agenda,
        String duration,
        String onlineLink,
        String place,
        String candidates,
        String invite,
        String topicGroupId,
        String bodyId,
        List<Long> people) {

    NewMeetingForm {
        people = people == null ? List.of() : List.copyOf(people);
    }

    /** The form as first shown: an hour, a regular meeting, every member; what was typed is kept. */
    NewMeetingForm withDefaults() {
        return new NewMeetingForm(
                title,
                kind == null ? MeetingKind.REGULAR.name() : kind,
                agenda,
                duration == null ? "60" : duration,
                onlineLink,
                place,
                candidates,
                invite == null ? Invitation.Scope.ALL_MEMBERS.name() : invite,
                topicGroupId,
                bodyId,
                people);
    }

    /** The meeting to propose; times without an offset are in {@code zone}, the organiser's. Every problem at once. */
    NewMeeting command(ZoneId zone, Instant now) {
        TextInput input = new TextInput();
        MeetingDetails details = MeetingDetails.check(input, title, kind, agenda, duration, onlineLink, place);
        Invitation invitation = Invitation.parse(input, invite, number(topicGroupId), number(bodyId), people);
        return NewMeeting.of(input, details, List.of(candidates == null ? "" : candidates), invitation, zone, now);
    }

    /** A topic group's or body's id as the select sends it; anything else is none, which proposing then names. */
    private static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
