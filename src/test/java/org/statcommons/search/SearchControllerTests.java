package org.statcommons.search;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

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
import org.statcommons.platform.InvalidInputException;
import org.statcommons.support.GivenArguments;
import org.statcommons.support.WebSlice;

/**
 * The search screen's web edge in a Spring MVC slice (no server, no database; the search is a stand-in): results
 * for a query, and a refused query shown again in the box, as typed, with its reason and no results.
 */
@SpringJUnitWebConfig(SearchControllerTests.Slice.class)
class SearchControllerTests {

    @WebSlice
    @Import({SearchController.class})
    static class Slice implements WebMvcConfigurer {
        /** Someone not signed in (the real resolver reads the session). */
        @Override
        public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
            resolvers.add(new GivenArguments(Actor.anonymous(), null));
        }
    }

    @MockitoBean
    Search search;

    @Autowired
    MockMvc mvc;

    @Test
    void aQueryShowsWhatWasFound() throws Exception {
        Search.Results found = new Search.Results("census", 1, List.of(), false);
        when(search.search(Actor.anonymous(), "census", 1)).thenReturn(found);
        mvc.perform(get("/search").param("q", "census").param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(view().name("search/results"))
                .andExpect(model().attribute("found", found))
                .andExpect(model().attribute("signedIn", false));
    }

    @Test
    void aRefusedQueryComesBackAsTypedWithItsReason() throws Exception {
        String typed = "a " + "-".repeat(40) + "b";
        when(search.search(Actor.anonymous(), typed, 0))
                .thenThrow(new InvalidInputException("q", "Too many '-' in a row."));
        mvc.perform(get("/search").param("q", typed))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("search/results"))
                .andExpect(model().attribute("typed", typed))
                .andExpect(model().attribute("found", new Search.Results("", 0, List.of(), false)))
                .andExpect(model().attribute("errors", Map.of("q", "Too many '-' in a row.")));
    }
}
