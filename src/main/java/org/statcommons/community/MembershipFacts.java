package org.statcommons.community;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.statcommons.access.CommunityFacts;

/**
 * Tells the permission policy about communities and roles, read by this feature's data access. A page asks the same
 * questions several times (the handler's permission, the frame's tabs, the header's notices, each comment's buttons):
 * while a reading request (GET or HEAD, which change nothing) lasts, each answer is looked up once and remembered
 * with the request, and the account's standings and the frame's membership come from one query
 * ({@link Memberships#seenOf}). Nothing is remembered across requests, so a role changed or a member suspended counts from the
 * next request on.
 */
@Component
class MembershipFacts implements CommunityFacts {

    private static final String REMEMBERED = MembershipFacts.class.getName() + ".remembered";

    private final Communities communities;
    private final Memberships memberships;

    MembershipFacts(Communities communities, Memberships memberships) {
        this.communities = communities;
        this.memberships = memberships;
    }

    @Override
    public Optional<CommunitySettings> settings(long communityId) {
        return remembered("settings " + communityId, () -> communities.settings(communityId));
    }

    @Override
    public List<CommunitySettings> settings(Collection<Long> communityIds) {
        return communities.settings(communityIds);
    }

    /**
     * While a reading request lasts, the answer comes from the account's standings in all its communities, which
     * the header's notices ask for anyway: one query for both.
     */
    @Override
    public Optional<Standing> standingOf(long accountId, long communityId) {
        if (reading()) {
            return Optional.ofNullable(standingsOf(accountId).get(communityId));
        }
        return memberships.standing(communityId, accountId);
    }

    @Override
    public Map<Long, Standing> standingsIn(long communityId, Collection<Long> accountIds) {
        return memberships.standingsIn(communityId, accountIds);
    }

    @Override
    public Map<Long, Standing> standingsOf(long accountId) {
        if (!reading()) {
            return Map.copyOf(memberships.standingsOf(accountId));
        }
        return remembered("standings " + accountId, () -> {
            Map<Long, Standing> standings = new HashMap<>();
            seenOf(accountId)
                    .forEach((community, seen) -> standings.put(
                            community, new Standing(seen.membership().role(), seen.suspension() != null)));
            return Map.copyOf(standings);
        });
    }

    /**
     * What the community's frame shows of its viewer ({@code accountId} null when not signed in): while a reading
     * request lasts, a member's comes with their standings, asked for by the policy anyway.
     */
    Memberships.Seen seen(long communityId, Long accountId) {
        if (accountId != null && reading()) {
            Memberships.Seen seen = seenOf(accountId).get(communityId);
            if (seen != null) {
                return seen;
            }
        }
        return memberships.seen(communityId, accountId);
    }

    private Map<Long, Memberships.Seen> seenOf(long accountId) {
        return remembered("seen " + accountId, () -> Map.copyOf(memberships.seenOf(accountId)));
    }

    @Override
    public List<Long> allCommunities() {
        return communities.ids();
    }

    /** The request being answered, when it is a reading one (GET or HEAD, which change nothing). */
    private static Optional<HttpServletRequest> readingRequest() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        HttpServletRequest request = attributes.getRequest();
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
                ? Optional.of(request)
                : Optional.empty();
    }

    private static boolean reading() {
        return readingRequest().isPresent();
    }

    /** The answer given earlier in this reading request, or the one looked up now (then remembered). */
    @SuppressWarnings("unchecked")
    private static <T> T remembered(String question, Supplier<T> lookUp) {
        HttpServletRequest request = readingRequest().orElse(null);
        if (request == null) {
            return lookUp.get();
        }
        Map<String, Object> answers = (Map<String, Object>) request.getAttribute(REMEMBERED);
        if (answers == null) {
            answers = new HashMap<>();
            request.setAttribute(REMEMBERED, answers);
        }
        if (answers.containsKey(question)) {
            return (T) answers.get(question);
        }
        T answer = lookUp.get();
        answers.put(question, answer);
        return answer;
    }
}
