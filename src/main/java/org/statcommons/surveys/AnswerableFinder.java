package org.statcommons.surveys;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;

/**
 * The waves of a community's surveys a signed-in member may answer now: open, between their times, sent to people
 * (not by public link), and the member invited to them or in their audience (a member who joined after the
 * invitations went out answers too).
 */
@Component
class AnswerableFinder {

    private final Permissions permissions;
    private final Surveys surveys;
    private final Waves waves;
    private final SurveyInvitations invitations;
    private final AudienceFinder audience;
    private final Clock clock;

    AnswerableFinder(
            Permissions permissions,
            Surveys surveys,
            Waves waves,
            SurveyInvitations invitations,
            AudienceFinder audience,
            Clock clock) {
        this.permissions = permissions;
        this.surveys = surveys;
        this.waves = waves;
        this.invitations = invitations;
        this.audience = audience;
        this.clock = clock;
    }

    /**
     * @param answered whether the member submitted their answers (they may still change them through the link,
     *     unless the survey is anonymous)
     */
    record ToAnswer(long surveyId, String survey, long waveId, String wave, Instant closesAt, boolean answered) {}

    List<ToAnswer> of(Actor actor, Community community) {
        if (!actor.signedIn() || !permissions.may(actor, Action.ANSWER_SURVEYS, community.id())) {
            return List.of();
        }
        Map<Long, Survey> byId = surveys.of(SurveyOwner.of(community)).stream()
                .collect(Collectors.toMap(Survey::id, Function.identity()));
        Instant now = clock.instant();
        List<ToAnswer> found = new ArrayList<>();
        for (Wave wave : waves.openOf(byId.keySet())) {
            if (!wave.takesAnswersAt(now) || wave.audienceKind() == AudienceKind.PUBLIC_LINK) {
                continue;
            }
            var invitation = invitations.ofPerson(wave.id(), actor.accountId());
            if (invitation.isPresent() || inAudience(actor, community, wave)) {
                Survey survey = byId.get(wave.surveyId());
                found.add(new ToAnswer(
                        survey.id(),
                        survey.title(),
                        wave.id(),
                        wave.label(),
                        wave.closesAt(),
                        invitation.map(Invitation::answered).orElse(false)));
            }
        }
        return found;
    }

    boolean inAudience(Actor actor, Community community, Wave wave) {
        return audience.of(SurveyOwner.of(community), wave).stream().anyMatch(a -> a.id() == actor.accountId());
    }
}
