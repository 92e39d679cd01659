/**
 * Publishing: pages (and their files) published at a public address, kept at the published version, the cache
 * and fast path that serve them, and the public pages' sitemap and feed. Internal to {@code content}.
 */
package org.statcommons.content.publishing;
