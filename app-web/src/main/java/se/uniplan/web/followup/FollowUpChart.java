package se.uniplan.web.followup;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.function.Function;
import java.util.function.IntFunction;
import se.uniplan.followup.FollowUpReport;
import se.uniplan.followup.MonthPoint;

/**
 * The chart.js model behind the follow-up chart (PrimeFaces {@code p:chart}): accumulated actuals,
 * budget and forecast per month, in tkr. Actuals stop at the last month the ledger holds.
 */
final class FollowUpChart {

    private FollowUpChart() {
    }

    static String json(FollowUpReport report, IntFunction<String> monthLabel, Function<String, String> text) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder actual = Json.createArrayBuilder();
        JsonArrayBuilder budget = Json.createArrayBuilder();
        JsonArrayBuilder forecast = Json.createArrayBuilder();
        for (MonthPoint p : report.months()) {
            labels.add(monthLabel.apply(p.month()));
            if (p.actualAccumulated() == null) {
                actual.addNull();
            } else {
                actual.add(tkr(p.actualAccumulated()));
            }
            budget.add(tkr(p.budgetAccumulated()));
            if (p.forecastAccumulated() != null) {
                forecast.add(tkr(p.forecastAccumulated()));
            }
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(text.apply("followup.chart.actual"), actual, "#0b5cad", false))
                .add(dataset(text.apply("followup.chart.budget"), budget, "#5b6770", false));
        if (report.forecastRound() != null) {
            datasets.add(dataset(text.apply("followup.chart.forecast"), forecast, "#b35c00", true));
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("locale", "sv-SE")
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("title", Json.createObjectBuilder().add("display", true)
                                        .add("text", text.apply("followup.chart.title." + report.measure().name())))
                                .add("legend", Json.createObjectBuilder().add("position", "bottom")))
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("title", Json.createObjectBuilder()
                                        .add("display", true).add("text", text.apply("followup.chart.unit"))))))
                .build().toString();
    }

    private static jakarta.json.JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour, boolean dashed) {
        jakarta.json.JsonObjectBuilder set = Json.createObjectBuilder().add("label", label).add("data", data)
                .add("borderColor", colour).add("backgroundColor", colour).add("tension", 0.1).add("spanGaps", false);
        if (dashed) {
            set.add("borderDash", Json.createArrayBuilder().add(6).add(4));
        }
        return set;
    }

    private static long tkr(long ore) {
        return Math.round(ore / 100_000.0);
    }
}
