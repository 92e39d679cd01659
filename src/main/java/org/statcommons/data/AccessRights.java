package org.statcommons.data;

/** DCAT-AP 3's dct:accessRights, from the EU access-right vocabulary. */
public enum AccessRights {
    PUBLIC,
    RESTRICTED,
    NON_PUBLIC;

    public String uri() {
        return "http://publications.europa.eu/resource/authority/access-right/" + name();
    }
}
