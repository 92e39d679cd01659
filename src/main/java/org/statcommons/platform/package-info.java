/**
 * Infrastructure every feature stands on: the database (embedded or external), the data directory,
 * Markdown rendering, the page layout and error answers. It knows nothing of the features.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.statcommons.platform;
