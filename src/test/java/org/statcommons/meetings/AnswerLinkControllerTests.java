package org.statcommons.meetings;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
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

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MockMvc;
import org.statcommons.platform.ConflictException;
import org.statcommons.support.WebSlice;

/**
 * The answer link's web edge in a Spring MVC slice (no server, no database; the use case, the link check and the
 * screen's builder are stand-ins): the link is checked before anything it carries is read, answers are parsed
 * into a typed {@link NewAnswers}, and a refused answer shows the link's screen again, as chosen, with the message
 * and the refusal's status.
 */
@SpringJUnitWebConfig(AnswerLinkControllerTests.Slice.class)
class AnswerLinkControllerTests {

    private static final String SECRET = "s".repeat(43);
    private static final String LINK = "/meetings/answer/" + SECRET;
    private static final Meetings.Invitation INVITATION = new Meetings.Invitation(3, 9);
    private static final AnswerLinkPresenter.AnswerLinkScreen SCREEN =
            new AnswerLinkPresenter.AnswerLinkScreen(null, null, null, List.of(), null);

    @WebSlice
    @Import({AnswerLinkController.class})
    static class Slice {}

    @MockitoBean
    AnswerLinkChecker links;

    @MockitoBean
    AnswerPoll answerPoll;

    @MockitoBean
    AnswerLinkPresenter presenter;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        when(links.check(SECRET)).thenReturn(Optional.of(INVITATION));
        when(presenter.present(eq(INVITATION), any())).thenReturn(SCREEN);
    }

    @Test
    void answersAreReadAsTypedAnswersAndSavedThroughTheUseCase() throws Exception {
        mvc.perform(post(LINK)
                        .param("answer-12", "YES")
                        .param("answer-13", "if need be")
                        .param("answer-14", ""))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(LINK))
                .andExpect(flash().attributeExists("notice"));
        verify(answerPoll)
                .answerByLink(SECRET, new NewAnswers(Map.of(12L, Answer.YES, 13L, Answer.IF_NEED_BE), Set.of(14L)));
    }

    @Test
    void anAnswerThatIsNotOneComesBackAsChosenWithItsMessage() throws Exception {
        mvc.perform(post(LINK).param("answer-12", "NO").param("answer-13", "PERHAPS"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("meetings/answer"))
                .andExpect(model().attribute("screen", SCREEN))
                .andExpect(model().attribute("errors", Map.of("answers", "Answer yes, if need be or no.")));
        verify(presenter).present(INVITATION, Map.of(12L, "NO", 13L, "PERHAPS"));
        verifyNoInteractions(answerPoll);
    }

    @Test
    void aClosedPollShowsTheScreenAgainWithAConflict() throws Exception {
        doThrow(new ConflictException("The time has been chosen: the poll is closed."))
                .when(answerPoll)
                .answerByLink(eq(SECRET), any());
        mvc.perform(post(LINK).param("answer-12", "YES"))
                .andExpect(status().isConflict())
                .andExpect(view().name("meetings/answer"))
                .andExpect(model().attribute("errors", Map.of("", "The time has been chosen: the poll is closed.")));
    }

    @Test
    void aLinkThatIsNotValidIsRefusedBeforeWhatItCarriesIsRead() throws Exception {
        String forged = "/meetings/answer/" + "f".repeat(43);
        mvc.perform(post(forged).param("answer-x", "PERHAPS"))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error"))
                .andExpect(model().attribute("message", AnswerLinkChecker.INVALID.english()));
        mvc.perform(get(forged)).andExpect(status().isNotFound());
        verifyNoInteractions(answerPoll, presenter);
    }
}
