/**
 * A page's files, kept in its {@code .files/} folder: attaching and removing them from the web and the API,
 * the file policy (names, types, sizes) and serving them with safe headers. Internal to {@code content}.
 */
package org.statcommons.content.attachments;
