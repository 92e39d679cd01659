package org.statcommons.newsletters;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.MethodParameter;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.statcommons.access.Actor;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.Text;
import org.statcommons.support.WebSlice;

/**
 * The newsletter editor's web edge in a Spring MVC slice (no server, no database; the use cases, the highlights
 * and the screens' builder are stand-ins, and the community is given as the policy would have allowed it): its three
 * buttons without script, the typed draft the use case receives, and a refused draft shown again exactly as typed.
 */
@SpringJUnitWebConfig(NewsletterEditorControllerTests.Slice.class)
class NewsletterEditorControllerTests {

    static final Community COMMUNITY =
            new Community(4, "census", "Census", "", "", JoinPolicy.OPEN, Instant.EPOCH, false);
    static final Actor SECRETARIAT = Actor.account(7, PlatformRole.NONE);
    static final HighlightProposer.Proposed PROPOSED = new HighlightProposer.Proposed(
            Instant.EPOCH,
            Map.of(
                    "Meetings ahead",
                    List.of(new HighlightProposer.Highlight("Steering committee", "- Steering committee"))));

    @WebSlice
    @Import({NewsletterEditorController.class, Markdown.class})
    static class Slice implements WebMvcConfigurer {
        /** The community the policy allowed, and the person asking (the real resolvers read the database). */
        @Override
        public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
            resolvers.add(new HandlerMethodArgumentResolver() {
                @Override
                public boolean supportsParameter(MethodParameter parameter) {
                    return parameter.hasParameterAnnotation(Permitted.class)
                            || parameter.getParameterType() == Actor.class;
                }

                @Override
                public Object resolveArgument(
                        MethodParameter parameter,
                        ModelAndViewContainer container,
                        NativeWebRequest request,
                        WebDataBinderFactory binders) {
                    return parameter.getParameterType() == Actor.class ? SECRETARIAT : COMMUNITY;
                }
            });
        }
    }

    @MockitoBean
    NewsletterPresenter presenter;

    @MockitoBean
    WriteNewsletter writeNewsletter;

    @MockitoBean
    EditNewsletter editNewsletter;

    @MockitoBean
    HighlightProposer highlights;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        // the reader's times come from identity's advice, which this slice leaves out
        when(highlights.propose(eq(COMMUNITY), any())).thenReturn(PROPOSED);
    }

    @Test
    void insertingHighlightsAddsThemToTheTextAndSavesNothing() throws Exception {
        mvc.perform(post("/c/census/newsletters/new")
                        .param("subject", "December")
                        .param("body", "Intro.  ")
                        .param("highlight", "- Steering committee", "  - 3 new members  ")
                        .param("action", "insert"))
                .andExpect(status().isOk())
                .andExpect(view().name("newsletters/editor"))
                .andExpect(model().attribute(
                                "form",
                                new NewsletterForm(
                                        "December",
                                        "Intro.\n\n- Steering committee\n- 3 new members\n",
                                        List.of(),
                                        "insert")))
                .andExpect(model().attribute("highlights", PROPOSED));
        verifyNoInteractions(writeNewsletter);
    }

    @Test
    void previewFormatsTheTextAndSavesNothing() throws Exception {
        mvc.perform(post("/c/census/newsletters/new")
                        .param("subject", "December")
                        .param("body", "A **bold** start")
                        .param("action", "preview"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("preview", containsString("<p>A <strong>bold</strong> start</p>")))
                .andExpect(model().attribute(
                                "form", new NewsletterForm("December", "A **bold** start", List.of(), "preview")));
        verifyNoInteractions(writeNewsletter);
    }

    @Test
    void savingHandsTheUseCaseTheDraft() throws Exception {
        when(writeNewsletter.write(SECRETARIAT, COMMUNITY, new NewsletterDraft("December", "Text")))
                .thenReturn(31L);
        mvc.perform(post("/c/census/newsletters/new")
                        .param("subject", "December")
                        .param("body", "Text")
                        .param("action", "save"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/c/census/newsletters/31"))
                .andExpect(flash().attribute("notice", Text.of("newsletters.notice.saved")));
    }

    @Test
    void aRefusedDraftComesBackExactlyAsTypedWithItsMessages() throws Exception {
        when(writeNewsletter.write(eq(SECRETARIAT), eq(COMMUNITY), any()))
                .thenThrow(new InvalidInputException(
                        List.of(new InvalidInputException.FieldMessage("subject", "Subject is required."))));
        mvc.perform(post("/c/census/newsletters/new")
                        .param("subject", "")
                        .param("body", "  Kept, spaces and all\n")
                        .param("highlight", "- Steering committee"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("newsletters/editor"))
                .andExpect(model().attribute(
                                "form",
                                new NewsletterForm(
                                        "", "  Kept, spaces and all\n", List.of("- Steering committee"), null)))
                .andExpect(model().attribute("errors", Map.of("subject", "Subject is required.")))
                .andExpect(model().attribute("highlights", PROPOSED));
    }

    @Test
    void aSentNewsletterIsNotOpenedInTheEditor() throws Exception {
        when(presenter.forEditor(COMMUNITY, 5))
                .thenReturn(new Newsletter(5, 4, "Sent", "Text", true, Instant.EPOCH, Instant.EPOCH, "Ana", 3));
        mvc.perform(get("/c/census/newsletters/5/edit"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/c/census/newsletters/5"))
                .andExpect(flash().attribute("notice", Text.of("newsletters.sent-unchangeable")));
        verify(presenter).forEditor(COMMUNITY, 5);
    }
}
