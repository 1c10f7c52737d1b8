package se.uniplan.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;

/** JSON answers read as JSON (Parsson), for tests that compare figures rather than text. */
public final class Json {

    private Json() {
    }

    public static JsonObject object(String body) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    public static JsonArray array(String body) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }

    /** Ledger sums ({@code [{period, account, amount, lines}]}) as account → öre, summed over periods. */
    public static Map<String, Long> sumsByAccount(String body) {
        Map<String, Long> sums = new TreeMap<>();
        for (JsonValue v : array(body)) {
            JsonObject o = v.asJsonObject();
            sums.merge(o.getString("account"), o.getJsonNumber("amount").longValue(), Long::sum);
        }
        sums.values().removeIf(a -> a == 0);
        return sums;
    }

    /** Ledger sums as "period account" → öre. */
    public static Map<String, Long> sumsByPeriodAccount(String body) {
        Map<String, Long> sums = new TreeMap<>();
        for (JsonValue v : array(body)) {
            JsonObject o = v.asJsonObject();
            sums.merge(o.getInt("period") + " " + o.getString("account"), o.getJsonNumber("amount").longValue(), Long::sum);
        }
        return sums;
    }
}
