package org.statcommons.notifications;

import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.statcommons.access.Actor;
import org.statcommons.access.PlatformRole;
import org.statcommons.platform.Text;
import org.statcommons.support.GivenArguments;
import org.statcommons.support.WebSlice;

/**
 * The notification choices' web edge in a Spring MVC slice (no server, no database; the use case and the screen's
 * builder are stand-ins): the typed choices the use case receives, and refused choices shown again with every
 * field as it was sent.
 */
@SpringJUnitWebConfig(PreferencesControllerTests.Slice.class)
class PreferencesControllerTests {

    static final Actor PERSON = Actor.account(7, PlatformRole.NONE);
    static final PreferencesView VIEW = new PreferencesView(
            Choice.DAILY,
            null,
            Choice.DAILY,
            List.of(
                    new PreferencesView.CommunityChoice(4, "census", "Census", null),
                    new PreferencesView.CommunityChoice(5, "prices", "Prices", Choice.OFF)));

    @WebSlice
    @Import({PreferencesController.class})
    static class Slice implements WebMvcConfigurer {
        /** The person asking (the real resolver reads the session). */
        @Override
        public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
            resolvers.add(new GivenArguments(PERSON, null));
        }
    }

    @MockitoBean
    PreferencesPresenter presenter;

    @MockitoBean
    ChangePreferences changePreferences;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        when(presenter.present(7)).thenReturn(VIEW);
    }

    @Test
    void choicesReachTheUseCaseTyped() throws Exception {
        mvc.perform(post("/account/notifications")
                        .param("default", "weekly")
                        .param("c4", "IMMEDIATE")
                        .param("c5", ""))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/account/notifications"))
                .andExpect(flash().attribute("notice", Text.of("notifications.notice.saved")));
        Map<Long, Choice> perCommunity = new LinkedHashMap<>();
        perCommunity.put(4L, Choice.IMMEDIATE);
        perCommunity.put(5L, null);
        verify(changePreferences).change(7, new PreferenceChange(Choice.WEEKLY, perCommunity));
    }

    @Test
    void refusedChoicesComeBackAsSentWithTheirMessages() throws Exception {
        mvc.perform(post("/account/notifications")
                        .param("default", "hourly")
                        .param("c4", "sometimes")
                        .param("c5", "OFF"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("notifications/preferences"))
                .andExpect(model().attribute("typed", Map.of("default", "hourly", "c4", "sometimes", "c5", "OFF")))
                .andExpect(
                        model().attribute(
                                        "errors",
                                        Map.of(
                                                "default",
                                                        "Choose one of: immediate, daily, weekly, off (or leave it to the default).",
                                                "c4",
                                                        "Choose one of: immediate, daily, weekly, off (or leave it to the default).")));
        verifyNoInteractions(changePreferences);
    }
}
