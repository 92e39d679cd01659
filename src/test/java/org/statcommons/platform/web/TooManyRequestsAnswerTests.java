package org.statcommons.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.moderation.TooManyPostsException;

/** Posting faster than a limit allows is a 429 with Retry-After: a problem under /api/, the error page elsewhere. */
class TooManyRequestsAnswerTests {

    @RestController
    static class Flood {
        @PostMapping(path = {"/api/v1/posts", "/posts"})
        String post() {
            throw new TooManyPostsException("You have posted 10 times in the last hour; please wait a few minutes.",
                    Duration.ofSeconds(90));
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Flood()).setControllerAdvice(new ErrorAnswers()).build();

    @Test
    void anApiCallGetsATooManyRequestsProblem() throws Exception {
        mvc.perform(post("/api/v1/posts"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "90"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail").value("You have posted 10 times in the last hour; please wait a few minutes."));
    }

    @Test
    void aFormGetsTheErrorPageWithTheMessage() throws Exception {
        mvc.perform(post("/posts"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "90"))
                .andExpect(view().name("error"))
                .andExpect(model().attribute("message", "You have posted 10 times in the last hour; please wait a few minutes."));
    }
}
