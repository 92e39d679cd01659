package org.statcommons.meetings;

import java.util.List;
import org.springframework.stereotype.Component;
import org.statcommons.identity.PersonalDataSource;

/** A person's answers to meeting polls and the occurrences they were recorded at, as their personal data lists them. */
@Component
class MeetingPersonalData implements PersonalDataSource {

    record Section(List<Meetings.GivenAnswer> pollAnswers, List<Meetings.Attended> attendance) {}

    private final Meetings meetings;

    MeetingPersonalData(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public String section() {
        return "meetings";
    }

    @Override
    public Object of(long personId) {
        return new Section(meetings.answersOf(personId), meetings.attendedBy(personId));
    }
}
