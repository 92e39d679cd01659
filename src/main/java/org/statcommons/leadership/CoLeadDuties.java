package org.statcommons.leadership;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.statcommons.access.Duties;
import org.statcommons.access.Duty;

/**
 * Tells the policy who is a co-lead today: someone whose term covers today (UTC). The policy asks only when the
 * co-lead's standing could change its answer (docs/roles.md#co-leads); during a reading request (GET or HEAD) each
 * answer is looked up once and remembered with the request, as community's membership facts are. Across requests
 * {@link Terms} keeps the answers by day and forgets them at every term recorded or extended, so a term recorded,
 * extended or ended counts from the next request on.
 */
@Component
class CoLeadDuties implements Duties {

    private static final String REMEMBERED = CoLeadDuties.class.getName() + ".remembered";

    private final Terms terms;
    private final Clock clock;

    CoLeadDuties(Terms terms, Clock clock) {
        this.terms = terms;
        this.clock = clock;
    }

    @Override
    public Set<Duty> of(long accountId, long communityId) {
        HttpServletRequest request = readingRequest();
        String question = accountId + " " + communityId;
        @SuppressWarnings("unchecked")
        Map<String, Set<Duty>> answers =
                request == null ? null : (Map<String, Set<Duty>>) request.getAttribute(REMEMBERED);
        if (answers != null && answers.containsKey(question)) {
            return answers.get(question);
        }
        Set<Duty> answer = terms.current(accountId, communityId, RecordTerm.today(clock))
                ? Set.copyOf(EnumSet.of(Duty.CO_LEAD))
                : Set.of();
        if (request != null) {
            if (answers == null) {
                answers = new HashMap<>();
                request.setAttribute(REMEMBERED, answers);
            }
            answers.put(question, answer);
        }
        return answer;
    }

    private static HttpServletRequest readingRequest() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        HttpServletRequest request = attributes.getRequest();
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()) ? request : null;
    }
}
