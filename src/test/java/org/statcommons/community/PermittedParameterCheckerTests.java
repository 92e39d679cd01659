package org.statcommons.community;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.statcommons.access.Action;

/** A {@code @Permitted} community anywhere but first is refused at start. */
class PermittedParameterCheckerTests {

    @Controller
    static class First {
        @PostMapping("/c/{slug}/things/{id}")
        String change(@Permitted(Action.EDIT_PAGE) Community community, @PathVariable long id) {
            return "done";
        }
    }

    @Controller
    static class Second {
        @PostMapping("/c/{slug}/things/{id}")
        String change(@PathVariable long id, @Permitted(Action.EDIT_PAGE) Community community) {
            return "done";
        }
    }

    @Test
    void thePermittedCommunityComesFirst() {
        assertThatCode(() -> new PermittedParameterChecker(mappings(First.class)).check())
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> new PermittedParameterChecker(mappings(Second.class)).check())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("it must be the first");
    }

    private static RequestMappingHandlerMapping mappings(Class<?> controller) {
        StaticWebApplicationContext context = new StaticWebApplicationContext();
        context.registerSingleton("controller", controller);
        context.refresh();
        RequestMappingHandlerMapping mappings = new RequestMappingHandlerMapping();
        mappings.setApplicationContext(context);
        mappings.afterPropertiesSet();
        return mappings;
    }
}
