package org.statcommons.newsletters;

import java.util.ArrayList;
import java.util.List;

/**
 * What the editor sends: the newsletter, the highlights ticked next to it, and which button was pressed
 * ({@code insert} the highlights, {@code preview}, or save).
 */
public class NewsletterForm {

    private String subject = "";
    private String body = "";
    private List<String> highlight = new ArrayList<>();
    private String action = "save";

    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public List<String> getHighlight() { return highlight; }
    public void setHighlight(List<String> highlight) { this.highlight = highlight; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }

    static NewsletterForm of(Newsletter newsletter) {
        NewsletterForm form = new NewsletterForm();
        form.setSubject(newsletter.subject());
        form.setBody(newsletter.body());
        return form;
    }
}
