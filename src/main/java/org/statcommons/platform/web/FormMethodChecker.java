package org.statcommons.platform.web;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Refuses to start when a {@link ShowFormOnError} names no method (or several) of its controller: a typo would
 * otherwise show up only when someone's form is refused, as an error page instead of their form.
 */
@Component
class FormMethodChecker {

    private final RequestMappingHandlerMapping mappings;

    FormMethodChecker(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @EventListener(ContextRefreshedEvent.class)
    void check() {
        mappings.getHandlerMethods().values().forEach(handler -> {
            ShowFormOnError form = handler.getMethodAnnotation(ShowFormOnError.class);
            if (form != null) {
                ErrorResponder.formMethod(handler.getBeanType(), form.value());
            }
        });
    }
}
