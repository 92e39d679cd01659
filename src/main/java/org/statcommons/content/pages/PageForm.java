package org.statcommons.content.pages;

/**
 * What the new-page and edit forms send; {@code baseCommit} is the version the person started from. The conflict
 * screen sends {@code resolving}, the version the person first started from ({@code startCommit}, blank for a new
 * page) and their text ({@code mine}), with a choice per conflicting passage.
 */
public class PageForm {

    private String path = "";
    private String title = "";
    private String body = "";
    private String summary = "";
    private String baseCommit = "";
    private boolean resolving;
    private String startCommit = "";
    private String mine = "";
    /** The language chosen for an original page; null when the form has no such field (it keeps the page's). */
    private String language;
    /** The version of the original a translation now follows (a commit), blank to keep what it records. */
    private String translatedFrom = "";

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTranslatedFrom() {
        return translatedFrom;
    }

    public void setTranslatedFrom(String translatedFrom) {
        this.translatedFrom = translatedFrom;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBaseCommit() {
        return baseCommit;
    }

    public void setBaseCommit(String baseCommit) {
        this.baseCommit = baseCommit;
    }

    public boolean isResolving() {
        return resolving;
    }

    public void setResolving(boolean resolving) {
        this.resolving = resolving;
    }

    public String getStartCommit() {
        return startCommit;
    }

    public void setStartCommit(String startCommit) {
        this.startCommit = startCommit;
    }

    public String getMine() {
        return mine;
    }

    public void setMine(String mine) {
        this.mine = mine;
    }
}
