package org.statcommons.platform.web;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractElementTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Links a refused form's fields to their messages, for screen readers (WCAG 3.3.1, as GOV.UK does): every input,
 * text area and select box whose name has a message in the screen's {@code errors} ({@link ShowFormOnError}) gets
 * {@code aria-invalid="true"} and {@code aria-describedby} pointing at that message in the error summary the
 * layout shows at the top of the page ({@code id="error-<name>"}). Done once here, after the templates' own
 * attributes are worked out, so that no form's template has to repeat it for each field.
 */
@Component
class FieldErrorLinker extends AbstractProcessorDialect {

    /** The id of a field's message in the layout's error summary. */
    static String messageId(String field) {
        return "error-" + field;
    }

    FieldErrorLinker() {
        // after the standard dialect, so that th:name and th:attr are already names and attributes
        super("StatCommons form errors", "statcommons", StandardDialect.PROCESSOR_PRECEDENCE + 1);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(
                new Field(dialectPrefix, "input"),
                new Field(dialectPrefix, "textarea"),
                new Field(dialectPrefix, "select"));
    }

    private static final class Field extends AbstractElementTagProcessor {

        Field(String dialectPrefix, String element) {
            super(TemplateMode.HTML, dialectPrefix, element, false, null, false, 0);
        }

        @Override
        protected void doProcess(
                ITemplateContext context, IProcessableElementTag tag, IElementTagStructureHandler structureHandler) {
            if (!(context.getVariable("errors") instanceof Map<?, ?> errors) || errors.isEmpty()) {
                return;
            }
            String name = tag.getAttributeValue("name");
            if (name == null || !errors.containsKey(name) || "hidden".equals(tag.getAttributeValue("type"))) {
                return;
            }
            String described = tag.getAttributeValue("aria-describedby");
            structureHandler.setAttribute("aria-invalid", "true");
            structureHandler.setAttribute(
                    "aria-describedby", described == null ? messageId(name) : described + " " + messageId(name));
        }
    }
}
