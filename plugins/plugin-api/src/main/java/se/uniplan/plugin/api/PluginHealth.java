package se.uniplan.plugin.api;

import java.util.Objects;

/**
 * The outcome of a plugin's self-check.
 *
 * @param state  whether the plugin can do its work now
 * @param detail a short, human-readable explanation for IT (never personal data)
 */
public record PluginHealth(State state, String detail) {

    /** Whether a plugin can do its work now. */
    public enum State { UP, DOWN }

    public PluginHealth {
        Objects.requireNonNull(state, "state");
        detail = detail == null ? "" : detail;
    }

    public static PluginHealth up(String detail) {
        return new PluginHealth(State.UP, detail);
    }

    public static PluginHealth down(String detail) {
        return new PluginHealth(State.DOWN, detail);
    }

    public boolean isUp() {
        return state == State.UP;
    }
}
