package org.statcommons.academy;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.SecretTokens;
import org.statcommons.platform.Text;

/**
 * An enrolled learner marks an episode of the course done (or not done again), recording the course's commit they
 * studied. When every episode the course has now is done, the course is completed: a completion is recorded once, with
 * that commit and a new unguessable code for its certificate's verification address.
 */
@Service
class MarkEpisodeDone {

    private final Permissions permissions;
    private final CourseAccess access;
    private final CourseReader reader;
    private final Enrolments enrolments;
    private final DoneEpisodes done;
    private final Completions completions;
    private final Accounts accounts;
    private final SecretTokens tokens;
    private final Clock clock;

    MarkEpisodeDone(
            Permissions permissions,
            CourseAccess access,
            CourseReader reader,
            Enrolments enrolments,
            DoneEpisodes done,
            Completions completions,
            Accounts accounts,
            SecretTokens tokens,
            Clock clock) {
        this.permissions = permissions;
        this.access = access;
        this.reader = reader;
        this.enrolments = enrolments;
        this.done = done;
        this.completions = completions;
        this.accounts = accounts;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Marks the episode done ({@code isDone}) or not; the completion recorded by this mark, if it completed the course. */
    @Transactional
    Optional<Completion> mark(Actor actor, Community community, String name, String episodeName, boolean isDone) {
        permissions.require(actor, Action.ENROL_IN_COURSES, community.id());
        Course course = access.readable(actor, community, name);
        CourseMaterial material = reader.read(course);
        Episode episode =
                material.episode(episodeName).orElseThrow(() -> new NotFoundException(Text.of("academy.episode.none")));
        long learner = actor.accountId();
        if (!enrolments.enrolled(course.id(), learner)) {
            throw new ConflictException(Text.of("academy-learning.not-enrolled"));
        }
        if (!isDone) {
            done.remove(course.id(), learner, episode.name());
            return Optional.empty();
        }
        Instant now = clock.instant();
        done.add(course.id(), learner, episode.name(), material.commitId(), now);
        Set<String> finished = done.of(course.id(), learner);
        boolean all = material.episodes().stream().allMatch(e -> finished.contains(e.name()));
        if (!all || completions.of(course.id(), learner).isPresent()) {
            return Optional.empty();
        }
        String learnerName = accounts.byId(learner).map(Account::displayName).orElseThrow();
        Completion completion = new Completion(
                0,
                course.id(),
                learner,
                material.commitId(),
                now,
                tokens.newSecret(),
                learnerName,
                material.manifest().title(),
                community.name(),
                false,
                false,
                null);
        return completions.add(completion) ? completions.of(course.id(), learner) : Optional.empty();
    }
}
