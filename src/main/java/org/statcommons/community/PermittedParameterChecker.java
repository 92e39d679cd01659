package org.statcommons.community;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Refuses to start when a handler takes a {@link Permitted} community anywhere but as its first parameter:
 * arguments are resolved in order, and a body or a form read before the policy is asked would answer a refused
 * person with "bad request" (telling them what the address accepts) instead of "not allowed".
 */
@Component
class PermittedParameterChecker {

    private final RequestMappingHandlerMapping mappings;

    PermittedParameterChecker(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @EventListener(ContextRefreshedEvent.class)
    void check() {
        for (HandlerMethod handler : mappings.getHandlerMethods().values()) {
            MethodParameter[] parameters = handler.getMethodParameters();
            for (int i = 1; i < parameters.length; i++) {
                if (parameters[i].hasParameterAnnotation(Permitted.class)) {
                    throw new IllegalStateException(handler + " takes its @Permitted community as parameter " + (i + 1)
                            + ": it must be the first");
                }
            }
        }
    }
}
