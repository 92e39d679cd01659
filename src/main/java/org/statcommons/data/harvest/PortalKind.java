package org.statcommons.data.harvest;

/** How a harvested portal is read: CKAN's action API ({@code package_search}) or a DCAT catalogue in RDF. */
public enum PortalKind {
    CKAN,
    DCAT
}
