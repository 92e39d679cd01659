package org.statcommons.data.sdmx;

/** A client that accepts none of the formats SDMX data are written in here: answered 406, naming them. */
class NotAcceptableException extends RuntimeException {

    NotAcceptableException(String accept) {
        super("None of the types accepted (" + accept + ") is offered.");
    }
}
