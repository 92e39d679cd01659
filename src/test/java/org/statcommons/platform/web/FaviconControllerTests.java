package org.statcommons.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class FaviconControllerTests {

    private final MockMvc mvc =
            MockMvcBuilders.standaloneSetup(new FaviconController()).build();

    @Test
    void theOldAddressAnswersWithTheSvgIcon() throws Exception {
        String icon =
                new String(new ClassPathResource("static/favicon.svg").getContentAsByteArray(), StandardCharsets.UTF_8);

        String body = mvc.perform(get("/favicon.ico"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/svg+xml"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(body).isEqualTo(icon).contains("<svg");
    }
}
