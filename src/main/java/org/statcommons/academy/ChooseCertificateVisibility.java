package org.statcommons.academy;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * The learner decides who sees their certificate: hidden (its verification address then answers "not found", as a
 * wrong code does) and shown on their profile or not. Only the learner may: to anyone else the code is unknown.
 */
@Service
class ChooseCertificateVisibility {

    private final Completions completions;

    ChooseCertificateVisibility(Completions completions) {
        this.completions = completions;
    }

    @Transactional
    Completion choose(Actor actor, String code, boolean hidden, boolean onProfile) {
        if (!actor.signedIn()) {
            throw new NotAllowedException(Action.ENROL_IN_COURSES, false);
        }
        Completion completion = completions
                .byCode(code)
                .filter(c -> c.accountId() == actor.accountId())
                .orElseThrow(() -> new NotFoundException(Text.of("academy-learning.certificate.none")));
        // a hidden certificate is shown nowhere, the profile included
        completions.choose(completion.id(), hidden, onProfile && !hidden);
        return completions.byCode(code).orElseThrow();
    }
}
