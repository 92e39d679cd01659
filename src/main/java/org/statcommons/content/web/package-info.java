/**
 * The shared frame of a space's screens: the addresses of a space and of the actions on a page, the author of
 * a change from the web. Internal to {@code content}.
 */
package org.statcommons.content.web;
