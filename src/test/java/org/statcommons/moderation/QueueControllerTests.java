package org.statcommons.moderation;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.statcommons.access.Actor;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.Permissions;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.platform.ConflictException;
import org.statcommons.support.GivenArguments;
import org.statcommons.support.WebSlice;

/**
 * The moderation queue's web edge in a Spring MVC slice (no server, no database; the use case and the queue's
 * entries are stand-ins, and the community is given as the policy would have allowed it): the typed decision the
 * use case receives, and a refused decision shown again on its entry, as typed, with its reason.
 */
@SpringJUnitWebConfig(QueueControllerTests.Slice.class)
class QueueControllerTests {

    static final Community COMMUNITY =
            new Community(4, "census", "Census", "", "", JoinPolicy.OPEN, Instant.EPOCH, false);
    static final Actor MODERATOR = Actor.account(7, PlatformRole.NONE);

    @WebSlice
    @Import({QueueController.class})
    static class Slice implements WebMvcConfigurer {
        /** The community the policy allowed, and the person asking (the real resolvers read the database). */
        @Override
        public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
            resolvers.add(new GivenArguments(MODERATOR, COMMUNITY));
        }
    }

    @MockitoBean
    QueueEntries entries;

    @MockitoBean
    DecideOnEntry decideOnEntry;

    @MockitoBean
    Permissions permissions;

    @Autowired
    MockMvc mvc;

    @Test
    void aDecisionReachesTheUseCaseTypedAndTheQueueSaysItIsDone() throws Exception {
        mvc.perform(post("/c/census/moderation/reports/12")
                        .param("decision", "suspend")
                        .param("reason", "Spam")
                        .param("days", " 7 "))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/c/census/moderation#report-12"))
                .andExpect(flash().attribute("notice", DecisionKind.SUSPEND.done()));
        verify(decideOnEntry).decide(MODERATOR, COMMUNITY, 12, new DecisionRequest(DecisionKind.SUSPEND, "Spam", 7));
    }

    @Test
    void daysThatAreNotANumberComeBackOnTheirEntryAsTyped() throws Exception {
        mvc.perform(post("/c/census/moderation/reports/12")
                        .param("decision", "suspend")
                        .param("reason", "Spam")
                        .param("days", "a week"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("moderation/queue"))
                .andExpect(model().attribute("refusedEntry", 12L))
                .andExpect(model().attribute("form", new DecisionForm("suspend", "Spam", "a week")))
                .andExpect(model().attribute("errors", Map.of("days", "Say for how many days, as a whole number.")));
        verifyNoInteractions(decideOnEntry);
    }

    @Test
    void aDecisionOnAClosedEntryIsAConflictShownOnTheQueue() throws Exception {
        doThrow(new ConflictException("This entry was decided meanwhile."))
                .when(decideOnEntry)
                .decide(eq(MODERATOR), eq(COMMUNITY), anyLong(), any());
        mvc.perform(post("/c/census/moderation/reports/12").param("decision", "dismiss"))
                .andExpect(status().isConflict())
                .andExpect(view().name("moderation/queue"))
                .andExpect(model().attribute("refusedEntry", 12L))
                .andExpect(model().attribute("errors", Map.of("", "This entry was decided meanwhile.")));
    }
}
