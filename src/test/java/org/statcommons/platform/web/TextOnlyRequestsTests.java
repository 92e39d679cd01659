package org.statcommons.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.statcommons.platform.InvalidInputException;

/**
 * The edge check looks at every parameter of a request, not the first ones: the awkward-input walk relies on it to
 * send a value that is not text into one parameter of each endpoint only.
 */
class TextOnlyRequestsTests {

    private final TextOnlyRequests filter = new TextOnlyRequests();

    @Test
    void aValueThatIsNotTextInAnyParameterIsRefusedBeforeAnythingReadsIt() throws Exception {
        for (String awkward : new String[] {"a\u0000b", "a\ud800b", "a\udc00b"}) {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/c/x/pages");
            request.addParameter("title", "A title");
            request.addParameter("tags", "one", "two");
            request.addParameter("body", "fine", awkward);
            MockHttpServletResponse response = new MockHttpServletResponse();
            MockFilterChain chain = new MockFilterChain();

            filter.doFilter(request, response, chain);

            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(chain.getRequest()).as("nothing after the check ran").isNull();
            assertThat(request.getAttribute(TextOnlyRequests.REFUSAL))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            refusal -> assertThat(refusal.byField()).containsOnlyKeys("body"));
        }
    }

    @Test
    void textInEveryParameterGoesOn() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/c/x/pages");
        request.addParameter("title", "Recensement 2030 \u2014 \ud83d\udcca");
        request.addParameter("body", "");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isSameAs(request);
    }
}
