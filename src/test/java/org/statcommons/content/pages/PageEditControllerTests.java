package org.statcommons.content.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Duration;
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
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.Permissions;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.content.Author;
import org.statcommons.content.PageEdit;
import org.statcommons.content.PageFields;
import org.statcommons.content.Pages;
import org.statcommons.content.SavePage;
import org.statcommons.content.SaveResult;
import org.statcommons.content.SpacePath;
import org.statcommons.content.moderation.HiddenTextChecker;
import org.statcommons.content.translations.TranslationPresenter;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TooManyRequestsException;
import org.statcommons.support.GivenArguments;
import org.statcommons.support.WebSlice;

/**
 * The page editor's web edge in a Spring MVC slice (no server, no database, no Git; the use cases are stand-ins):
 * what the editor shows first, what a save hands the use case, and a refused save, move or burst of saves that
 * shows the form again as typed, with the messages and the refusal's status, from the one error answer.
 */
@SpringJUnitWebConfig(PageEditControllerTests.Slice.class)
class PageEditControllerTests {

    static final Community COMMUNITY =
            new Community(4, "census", "Census", "", "", JoinPolicy.OPEN, Instant.EPOCH, false);
    static final Actor EDITOR = Actor.account(7, PlatformRole.NONE);
    static final Author AUTHOR = new Author("Ana Editor", "ana@example.org", 7L);
    static final Pages.PageContent PAGE =
            new Pages.PageContent("guides/sampling.md", "Sampling", "The old text.", "c0ffee", "b10b");
    static final String EDIT = "/c/census/space/-/edit/guides/sampling";

    @WebSlice
    @Import({PageEditController.class})
    static class Slice implements WebMvcConfigurer {
        /** The person asking, the community the policy allowed, and the author they are (the real resolvers read the database). */
        @Override
        public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
            resolvers.add(new GivenArguments(EDITOR, COMMUNITY));
            resolvers.add(new HandlerMethodArgumentResolver() {
                @Override
                public boolean supportsParameter(MethodParameter parameter) {
                    return parameter.getParameterType() == Author.class;
                }

                @Override
                public Object resolveArgument(
                        MethodParameter parameter,
                        ModelAndViewContainer container,
                        NativeWebRequest request,
                        WebDataBinderFactory binders) {
                    return AUTHOR;
                }
            });
        }
    }

    @MockitoBean
    Pages pages;

    @MockitoBean
    SavePage save;

    @MockitoBean
    MovePage move;

    @MockitoBean
    DeletePage delete;

    @MockitoBean
    RestorePage restore;

    @MockitoBean
    HiddenTextChecker hiddenText;

    @MockitoBean
    ConflictPresenter conflicts;

    @MockitoBean
    Permissions permissions;

    @MockitoBean
    PageFields fields;

    @MockitoBean
    TranslationPresenter translations;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        when(pages.read(4, "guides/sampling.md")).thenReturn(PAGE);
        // the editor may edit: the new-page form is theirs
        when(permissions.may(EDITOR, Action.EDIT_PAGE, 4)).thenReturn(true);
        // no template chosen: the form as typed
        when(pages.startFrom(anyLong(), isNull(), anyString()))
                .thenAnswer(call -> new Pages.TemplateChoice(call.getArgument(2), null));
    }

    @Test
    void theEditorFirstShowsThePageAsItIsNow() throws Exception {
        PageForm form = (PageForm) mvc.perform(get(EDIT))
                .andExpect(status().isOk())
                .andExpect(view().name("content/edit"))
                .andReturn()
                .getModelAndView()
                .getModel()
                .get("form");
        assertThat(form.getTitle()).isEqualTo("Sampling");
        assertThat(form.getBody()).isEqualTo("The old text.");
        assertThat(form.getBaseCommit()).isEqualTo("c0ffee");
    }

    @Test
    void aSaveHandsTheUseCaseTheEditAndItsAuthor() throws Exception {
        when(save.save(anyLong(), any(), any()))
                .thenReturn(
                        new SaveResult.Saved(SaveResult.Outcome.SAVED, "beef", new SpacePath("guides/sampling.md")));
        mvc.perform(post(EDIT)
                        .param("title", "Sampling")
                        .param("body", "The new text.")
                        .param("baseCommit", "c0ffee")
                        .param("summary", "Clearer"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/c/census/space/guides/sampling"))
                .andExpect(flash().attribute("notice", Text.of("content.notice.saved")));
        verify(save)
                .save(
                        4,
                        new PageEdit("guides/sampling.md", "Sampling", "The new text.", "c0ffee", "Clearer", Map.of()),
                        AUTHOR);
    }

    @Test
    void aRefusedSaveShowsTheEditorAgainAsTypedWithTheMessages() throws Exception {
        when(save.save(anyLong(), any(), any()))
                .thenThrow(new InvalidInputException("title", "Give the page a title."));
        PageForm form = (PageForm) mvc.perform(post(EDIT)
                        .param("title", "")
                        .param("body", "My careful rewrite")
                        .param("baseCommit", "c0ffee")
                        .param("summary", "Rewrite"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("content/edit"))
                .andExpect(model().attribute("errors", Map.of("title", "Give the page a title.")))
                .andReturn()
                .getModelAndView()
                .getModel()
                .get("form");
        assertThat(form.getBody()).isEqualTo("My careful rewrite");
        assertThat(form.getTitle()).isEmpty();
        assertThat(form.getBaseCommit()).isEqualTo("c0ffee");
        assertThat(form.getSummary()).isEqualTo("Rewrite");
    }

    @Test
    void tooManySavesShowTheEditorAgainWith429AndWhenToTryAgain() throws Exception {
        when(save.save(anyLong(), any(), any()))
                .thenThrow(new TooManyRequestsException("At most 30 saves a minute.", Duration.ofSeconds(20)));
        PageForm form = (PageForm) mvc.perform(post(EDIT)
                        .param("title", "Sampling")
                        .param("body", "My careful rewrite")
                        .param("baseCommit", ""))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "20"))
                .andExpect(view().name("content/edit"))
                .andExpect(model().attribute("errors", Map.of("", "At most 30 saves a minute.")))
                .andReturn()
                .getModelAndView()
                .getModel()
                .get("form");
        assertThat(form.getBody()).isEqualTo("My careful rewrite");
    }

    @Test
    void aRefusedMoveShowsTheMoveFormAgainWithTheTargetAsTyped() throws Exception {
        when(move.move(eq(4L), eq("guides/sampling.md"), eq("guides/taken.md"), eq("Tidy"), eq(AUTHOR)))
                .thenThrow(new InvalidInputException("to", "There is already a page at guides/taken.md."));
        mvc.perform(post("/c/census/space/-/move/guides/sampling")
                        .param("to", "guides/taken")
                        .param("summary", "Tidy"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("content/move"))
                .andExpect(model().attribute("to", "guides/taken"))
                .andExpect(model().attribute("summary", "Tidy"))
                .andExpect(model().attribute("errors", Map.of("to", "There is already a page at guides/taken.md.")));
    }

    @Test
    void aNewPageFormSuggestsAPathFromTheTitle() throws Exception {
        PageForm form = (PageForm) mvc.perform(get("/c/census/space/-/new")
                        .param("title", "Small Area Estimation")
                        .param("folder", "methods"))
                .andExpect(status().isOk())
                .andExpect(view().name("content/edit"))
                .andReturn()
                .getModelAndView()
                .getModel()
                .get("form");
        assertThat(form.getPath()).isEqualTo("methods/small-area-estimation.md");
        assertThat(form.getTitle()).isEqualTo("Small Area Estimation");
        verifyNoInteractions(save);
    }
}
