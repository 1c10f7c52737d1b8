package se.uniplan.web;

import se.uniplan.shared.NotFoundException;

/** Reads the id a page gets in its {@code ?id=} parameter; anything but a number is a page not found. */
public final class ViewParams {

    private ViewParams() {
    }

    /**
     * @param text the parameter as it came
     * @param what the kind of thing the id names, for the not-found message
     */
    public static long id(String text, String what) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException(what, String.valueOf(text));
        }
    }
}
