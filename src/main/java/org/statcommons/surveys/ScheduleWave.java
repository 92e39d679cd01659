package org.statcommons.surveys;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.bodies.Bodies;
import org.statcommons.community.Community;
import org.statcommons.community.TopicGroupMembers;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * An owner sets a wave's opening and closing times and, while it is a draft, its audience. A closed wave keeps its
 * times (its answers were taken in them); an open wave keeps its audience (invitations went out to it).
 */
@Service
class ScheduleWave {

    private final SurveyOwnership ownership;
    private final Surveys surveys;
    private final Waves waves;
    private final TopicGroupMembers topicGroups;
    private final Bodies bodies;
    private final Clock clock;

    ScheduleWave(
            SurveyOwnership ownership,
            Surveys surveys,
            Waves waves,
            TopicGroupMembers topicGroups,
            Bodies bodies,
            Clock clock) {
        this.ownership = ownership;
        this.surveys = surveys;
        this.waves = waves;
        this.topicGroups = topicGroups;
        this.bodies = bodies;
        this.clock = clock;
    }

    @Transactional
    Wave schedule(Actor actor, Community community, long surveyId, long waveId, WaveTimes typed, ZoneId zone) {
        Survey survey = ownership.require(actor, community, surveyId);
        Wave wave = waves.inSurvey(surveys.lock(survey.id()), waveId);
        if (wave.state() == WaveState.CLOSED) {
            throw new ConflictException(Text.of("surveys.schedule.closed", wave.label()));
        }
        TextInput input = new TextInput();
        Instant opensAt = WaveTimes.time(input, "opensAt", typed.opensAt(), zone);
        Instant closesAt = WaveTimes.time(input, "closesAt", typed.closesAt(), zone);
        if (closesAt != null && opensAt != null && !closesAt.isAfter(opensAt)) {
            input.error("closesAt", Text.of("surveys.schedule.closes-before-opens"));
        } else if (closesAt != null && !closesAt.isAfter(clock.instant())) {
            input.error("closesAt", Text.of("surveys.schedule.closes-past"));
        }
        AudienceKind kind = wave.audienceKind();
        Long audienceId = wave.audienceId();
        if (!typed.audience().isBlank()) {
            // the screen's choice names its group or body ("TOPIC_GROUP:12"); the API gives the id apart
            String[] choice = typed.audience().split(":", 2);
            kind = audienceKind(input, choice[0]);
            String id = choice.length == 2 ? choice[1] : typed.audienceId();
            audienceId = kind == null ? null : audienceId(input, community, kind, id);
        }
        input.throwIfInvalid();
        boolean audienceChanged =
                kind != wave.audienceKind() || !java.util.Objects.equals(audienceId, wave.audienceId());
        if (audienceChanged && wave.state() != WaveState.DRAFT) {
            throw new ConflictException(Text.of("surveys.schedule.audience-fixed", wave.label()));
        }
        waves.schedule(wave.id(), wave.state(), opensAt, closesAt);
        if (audienceChanged) {
            waves.address(wave.id(), kind, audienceId);
        }
        return waves.byId(wave.id()).orElseThrow();
    }

    private static AudienceKind audienceKind(TextInput input, String typed) {
        try {
            return AudienceKind.valueOf(typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            input.error("audience", Text.of("surveys.schedule.audience-unknown", typed));
            return null;
        }
    }

    private Long audienceId(TextInput input, Community community, AudienceKind kind, String typed) {
        if (kind == AudienceKind.COMMUNITY || kind == AudienceKind.PUBLIC_LINK) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(typed.strip());
        } catch (NumberFormatException e) {
            input.error("audienceId", Text.of("surveys.schedule.audience-missing"));
            return null;
        }
        boolean found = kind == AudienceKind.TOPIC_GROUP
                ? topicGroups.find(community.id(), id).isPresent()
                : bodies.byId(id).filter(b -> b.communityId() == community.id()).isPresent();
        if (!found) {
            input.error("audienceId", Text.of("surveys.schedule.audience-missing"));
            return null;
        }
        return id;
    }
}
