/**
 * Git over HTTP ({@code /git/{community}.git}): JGit's servlet behind its own security chain, clone and fetch,
 * pushes checked (paths, Markdown, sizes) and recorded, proposals pushed to {@code refs/heads/proposals/…}, and
 * {@code refs/for/main} merged by the server. Internal to {@code content}.
 */
package org.statcommons.content.githttp;
