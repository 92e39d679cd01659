package org.statcommons.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.i18n.BundleMessageSource;

class ServletErrorControllerTests {

    private final ServletErrorController pages = new ServletErrorController(new Translator(new BundleMessageSource()));

    @Test
    void failedApiCallAnswersAProblemWithoutTheExceptionMessage() {
        MockHttpServletRequest request = failed("/api/v1/me", 500);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("password=hunter2"));

        ResponseEntity<?> answer = (ResponseEntity<?>) pages.error(request);

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        ProblemDetail problem = (ProblemDetail) answer.getBody();
        assertThat(problem.getTitle()).isEqualTo("Something went wrong");
        assertThat(String.valueOf(problem.getDetail())).doesNotContain("hunter2");
    }

    @Test
    void pagesGetATitleForTheirStatus() {
        assertThat(title(failed("/communities/x", 404))).isEqualTo("Page not found");
        assertThat(title(failed("/admin", 403))).isEqualTo("Not allowed");
        assertThat(title(failed("/", 500))).isEqualTo("Something went wrong");
        assertThat(title(failed("/", 418))).isEqualTo("Request not accepted");
        assertThat(title(new MockHttpServletRequest("GET", "/error"))).isEqualTo("Something went wrong");
    }

    /** The request's language (here as the browser's, which is how a locale reaches the error dispatch too). */
    @Test
    void titlesAndExplanationsAreInTheRequestsLanguage() {
        MockHttpServletRequest arabic = failed("/communities/x", 404);
        arabic.addPreferredLocale(Locale.forLanguageTag("ar"));
        assertThat(title(arabic)).isEqualTo("الصفحة غير موجودة");

        MockHttpServletRequest french = failed("/api/v1/me", 403);
        french.addPreferredLocale(Locale.FRENCH);
        ProblemDetail problem = (ProblemDetail) ((ResponseEntity<?>) pages.error(french)).getBody();
        assertThat(problem.getTitle()).isEqualTo("Action non autorisée");
        assertThat(problem.getDetail()).startsWith("Vous ne pouvez pas faire cela.");
    }

    @Test
    void aRequestRefusedAtTheEdgeSaysWhy() {
        MockHttpServletRequest page = failed("/c/x/space/-/new", 400);
        page.setAttribute(TextOnlyRequests.REFUSAL, new InvalidInputException("path", "The field 'path' is not text."));
        ModelAndView answer = (ModelAndView) pages.error(page);
        assertThat(answer.getStatus().value()).isEqualTo(400);
        assertThat(answer.getModel().get("message")).isEqualTo("The field 'path' is not text.");

        MockHttpServletRequest api = failed("/api/v1/search", 400);
        api.setAttribute(TextOnlyRequests.REFUSAL, new InvalidInputException("q", "The field 'q' is not text."));
        ProblemDetail problem = (ProblemDetail) ((ResponseEntity<?>) pages.error(api)).getBody();
        assertThat(problem.getDetail()).isEqualTo("The field 'q' is not text.");
        assertThat(problem.getProperties().get("errors")).asString().contains("field=q");
    }

    private String title(MockHttpServletRequest request) {
        ModelAndView page = (ModelAndView) pages.error(request);
        assertThat(page.getViewName()).isEqualTo("error");
        return (String) page.getModel().get("title");
    }

    private static MockHttpServletRequest failed(String uri, int status) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, uri);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        return request;
    }
}
