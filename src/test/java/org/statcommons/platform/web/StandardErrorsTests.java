package org.statcommons.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Spring MVC's own errors become problems under /api/ and error pages elsewhere. */
class StandardErrorsTests {

    record Note(String text, int count) {
    }

    @RestController
    static class Notes {
        @PostMapping(path = {"/api/v1/notes", "/notes"}, consumes = MediaType.APPLICATION_JSON_VALUE)
        Note add(@RequestBody Note note) {
            return note;
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Notes())
            .setControllerAdvice(new StandardErrors()).build();

    @Test
    void malformedJsonIsABadRequestProblem() throws Exception {
        mvc.perform(post("/api/v1/notes").contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"unterminated"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("The request body is not valid JSON, or does not have the expected shape."));
    }

    @Test
    void wrongContentTypeIsAnUnsupportedMediaTypeProblem() throws Exception {
        mvc.perform(post("/api/v1/notes").contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(415));
    }

    @Test
    void wrongMethodIsAMethodNotAllowedProblem() throws Exception {
        mvc.perform(get("/api/v1/notes"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(405));
    }

    @Test
    void outsideTheApiTheErrorIsLeftToTheErrorPage() throws Exception {
        mvc.perform(post("/notes").contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().string(""));
    }
}
