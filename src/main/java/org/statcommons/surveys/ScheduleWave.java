package org.statcommons.surveys;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.bodies.Bodies;
import org.statcommons.community.Communities;
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

    private final OwnerChecker checker;
    private final Surveys surveys;
    private final Waves waves;
    private final TopicGroupMembers topicGroups;
    private final Bodies bodies;
    private final Clock clock;
    private final Communities communities;
    private final WaveCommunities waveCommunities;

    ScheduleWave(
            OwnerChecker checker,
            Surveys surveys,
            Waves waves,
            TopicGroupMembers topicGroups,
            Bodies bodies,
            Clock clock,
            Communities communities,
            WaveCommunities waveCommunities) {
        this.checker = checker;
        this.surveys = surveys;
        this.waves = waves;
        this.topicGroups = topicGroups;
        this.bodies = bodies;
        this.clock = clock;
        this.communities = communities;
        this.waveCommunities = waveCommunities;
    }

    @Transactional
    Wave schedule(Actor actor, SurveyOwner owner, long surveyId, long waveId, WaveTimes typed, ZoneId zone) {
        Survey survey = checker.require(actor, owner, surveyId);
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
        List<Long> chosen = waveCommunities.of(wave.id());
        if (!typed.audience().isBlank()) {
            // the screen's choice names its group or body ("TOPIC_GROUP:12"); the API gives the id apart
            String[] choice = typed.audience().split(":", 2);
            kind = audienceKind(input, owner, choice[0]);
            String id = choice.length == 2 ? choice[1] : typed.audienceId();
            audienceId = kind == null ? null : audienceId(input, owner, kind, id);
            chosen = kind == AudienceKind.COMMUNITIES ? communities(input, typed.communities()) : List.of();
        }
        input.throwIfInvalid();
        boolean audienceChanged = kind != wave.audienceKind()
                || !java.util.Objects.equals(audienceId, wave.audienceId())
                || !chosen.equals(waveCommunities.of(wave.id()));
        if (audienceChanged && wave.state() != WaveState.DRAFT) {
            throw new ConflictException(Text.of("surveys.schedule.audience-fixed", wave.label()));
        }
        waves.schedule(wave.id(), wave.state(), opensAt, closesAt);
        if (audienceChanged) {
            waves.address(wave.id(), kind, audienceId);
            waveCommunities.replace(wave.id(), chosen);
        }
        return waves.byId(wave.id()).orElseThrow();
    }

    private static AudienceKind audienceKind(TextInput input, SurveyOwner owner, String typed) {
        try {
            AudienceKind kind = AudienceKind.valueOf(typed.strip().toUpperCase(Locale.ROOT));
            if (kind.fits(owner)) {
                return kind;
            }
        } catch (IllegalArgumentException e) {
            // told below, as an audience that does not fit
        }
        input.error("audience", Text.of("surveys.schedule.audience-unknown", typed));
        return null;
    }

    /** The communities chosen, each a community of the platform, at least one, in order and each once. */
    private List<Long> communities(TextInput input, List<String> typed) {
        java.util.TreeSet<Long> ids = new java.util.TreeSet<>();
        for (String one : typed) {
            try {
                long id = Long.parseLong(one.strip());
                if (communities.byId(id).isPresent()) {
                    ids.add(id);
                    continue;
                }
            } catch (NumberFormatException e) {
                // told below
            }
            input.error("communities", Text.of("surveys.schedule.community-unknown", one));
            return List.of();
        }
        if (ids.isEmpty()) {
            input.error("communities", Text.of("surveys.schedule.communities-missing"));
        }
        return List.copyOf(ids);
    }

    private Long audienceId(TextInput input, SurveyOwner owner, AudienceKind kind, String typed) {
        if (kind != AudienceKind.TOPIC_GROUP && kind != AudienceKind.BODY) {
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
                ? !owner.platformWide()
                        && topicGroups.find(owner.communityId(), id).isPresent()
                // a platform-wide survey may ask any body of any community
                : bodies.byId(id)
                        .filter(b -> owner.platformWide() || b.communityId() == owner.communityId())
                        .isPresent();
        if (!found) {
            input.error("audienceId", Text.of("surveys.schedule.audience-missing"));
            return null;
        }
        return id;
    }
}
