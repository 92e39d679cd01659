package org.statcommons.surveys;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * A wave's window and audience as an owner typed them (the schedule form, or the API's JSON).
 *
 * @param opensAt    "2027-01-10 09:00" in the owner's zone, an instant with an offset, or blank for "when opened"
 * @param closesAt   the same, or blank for "until closed"
 * @param audience   an {@link AudienceKind}'s name, or blank to keep the wave's
 * @param audienceId the topic group's or body's id for those kinds
 * @param communities the ids of the communities chosen, for {@link AudienceKind#COMMUNITIES}
 */
record WaveTimes(String opensAt, String closesAt, String audience, String audienceId, List<String> communities) {

    WaveTimes {
        opensAt = opensAt == null ? "" : opensAt;
        closesAt = closesAt == null ? "" : closesAt;
        audience = audience == null ? "" : audience;
        audienceId = audienceId == null ? "" : audienceId;
        communities = communities == null ? List.of() : List.copyOf(communities);
    }

    /** A time as typed, or null when blank; an error at the field when it is not a time. */
    static Instant time(TextInput input, String field, String typed, ZoneId zone) {
        String value = typed.strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            // typed in the owner's zone
        }
        try {
            LocalDateTime local = LocalDateTime.parse(value.replace(' ', 'T'));
            if (zone.getRules().getValidOffsets(local).isEmpty()) {
                input.error(field, Text.of("surveys.schedule.skipped", value, zone.getId()));
                return null;
            }
            return local.atZone(zone).toInstant();
        } catch (DateTimeException e) {
            input.error(field, Text.of("surveys.schedule.not-a-time", value));
            return null;
        }
    }
}
