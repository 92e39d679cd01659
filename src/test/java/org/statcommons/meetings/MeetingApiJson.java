package org.statcommons.meetings;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few fields of the meeting API's answer that tests read, without a JSON library in the test's way. */
record MeetingApiJson(Long suggested, String status) {

    private static final Pattern SUGGESTED = Pattern.compile("\"suggestedCandidateId\":(\\d+|null)");
    private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z]+)\"");

    static MeetingApiJson of(String json) {
        Matcher s = SUGGESTED.matcher(json);
        Matcher st = STATUS.matcher(json);
        Long suggested = s.find() && !"null".equals(s.group(1)) ? Long.valueOf(s.group(1)) : null;
        return new MeetingApiJson(suggested, st.find() ? st.group(1) : null);
    }
}
