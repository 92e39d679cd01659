package org.statcommons.academy;

/** A page of a course beside its episodes ({@code index.md}, {@code setup.md}, {@code glossary.md}), rendered. */
record CoursePage(String name, String title, String learnerHtml, String instructorHtml) {}
